using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using NetArchTest.Rules;

namespace YearEndAdjustment.ArchitectureTests.Support;

/// <summary>The rules of architecture.md section 9, each a function of the layers so it can run on product and fixture.</summary>
public static class ArchitectureRules
{
    // Resources: the message texts every module uses (ADR 0027).
    public static readonly string[] SharedApplicationNamespaces = ["Abstractions", "Behaviors", "Exceptions", "Resources"];

    // 1. Domain depends only on System and itself, and never on DataAnnotations.
    public static RuleOutcome DomainWhitelist(Layers l)
    {
        var outside = DependencyScanner.ReferencesOutside(l.Domain.Location, l.DomainNs, "System", l.DomainNs);
        var noAnnotations = Types.InAssembly(l.Domain).That().ResideInNamespaceStartingWith(l.DomainNs)
            .ShouldNot().HaveDependencyOn("System.ComponentModel.DataAnnotations").GetResult();
        var failures = outside.Select(kv => $"{kv.Key} (uses {string.Join(", ", kv.Value)})").Concat(Names(noAnnotations)).ToList();
        return new(Count(l.Domain, l.DomainNs), failures);
    }

    // 2. Application knows no outer layer, no web framework and no concrete provider or library adapter.
    public static RuleOutcome ApplicationIsolation(Layers l) => Forbid(l.Application, l.ApplicationNs,
        l.InfrastructureNs, l.WebNs, "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore.SqlServer",
        "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Data.Sqlite", "CsvHelper", "Scrutor");

    // 3. Infrastructure knows no web layer. Microsoft.AspNetCore.Identity is allowed: it is the namespace of the
    //    framework's PasswordHasher (package Microsoft.Extensions.Identity.Core), a plain library with no HTTP.
    public static RuleOutcome InfrastructureIsolation(Layers l) => Forbid(l.Infrastructure, l.InfrastructureNs,
        l.WebNs, "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Builder",
        "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization", "Microsoft.AspNetCore.Razor");

    // 4. Endpoints and pages talk to the application only through ISender.
    public static RuleOutcome WebTalksThroughSender(Layers l)
    {
        var dbContext = l.ApplicationNs + ".Abstractions.IAppDbContext";
        var endpoints = Forbid(l.Web, l.WebNs + ".Endpoints", l.InfrastructureNs, dbContext);
        var pages = Forbid(l.Web, l.WebNs + ".Pages", l.InfrastructureNs, dbContext);
        var shape = Layers.TypesIn(l.Web, l.WebNs + ".Endpoints")
            .Where(t => !t.IsNested)
            .Where(t => !(t.IsAbstract && t.IsSealed) || !t.Name.EndsWith("Endpoints", StringComparison.Ordinal))
            .Select(t => t.FullName!);
        return new(endpoints.Selected + pages.Selected, [.. endpoints.Failures, .. pages.Failures, .. shape]);
    }

    // 5. Domain modules do not know each other (SharedKernel is for all).
    // The only published cross-module uses (ADR 0031): a declaration converts to the calculator's input and reads its
    // year rules (the whole Adjustments module is a pure calculation kernel), and holds My Numbers and master links in
    // the Employees module's own value types. Everything else of another module stays forbidden.
    public static readonly IReadOnlyDictionary<string, string[]> PublishedDomainTypes = new Dictionary<string, string[]>
    {
        ["Declarations"] = ["Adjustments", "Employees.ProtectedMyNumber", "Employees.FamilyMemberId"],

        // A stored result keeps the calculator's figures and names the declaration it was computed from (ADR 0039).
        ["Results"] = ["Adjustments", "Declarations.DeclarationId"],

        // The output documents (ADR 0042) are renderings of one employee, their declaration and the calculation.
        ["Outputs"] = ["Adjustments", "Declarations", "Employees"],
    };

    public static RuleOutcome DomainModuleBoundaries(Layers l)
    {
        var modules = Layers.ModulesOf(l.Domain, l.DomainNs, "SharedKernel");
        var failures = new List<string>();
        foreach (var a in modules)
        {
            var published = PublishedDomainTypes.TryGetValue(a, out var list) ? list.Select(p => $"{l.DomainNs}.{p}").ToArray() : [];
            var others = modules.Where(b => b != a)
                .SelectMany(b => published.Any(p => p == $"{l.DomainNs}.{b}")
                    ? []
                    : published.Any(p => p.StartsWith($"{l.DomainNs}.{b}.", StringComparison.Ordinal))
                        ? Layers.TypesIn(l.Domain, $"{l.DomainNs}.{b}").Select(t => t.FullName!).Where(n => !published.Contains(n))
                        : [$"{l.DomainNs}.{b}"])
                .ToArray();
            var result = Types.InAssembly(l.Domain).That().ResideInNamespaceStartingWith($"{l.DomainNs}.{a}")
                .ShouldNot().HaveDependencyOnAny(others).GetResult();
            failures.AddRange(Names(result));
        }

        return new(modules.Count > 1 ? Count(l.Domain, l.DomainNs) : 0, failures);
    }

    // 6. Application modules meet only through the other module's Contracts namespace.
    public static RuleOutcome ApplicationModuleBoundaries(Layers l)
    {
        var modules = Layers.ModulesOf(l.Application, l.ApplicationNs, SharedApplicationNamespaces);
        var failures = new List<string>();
        foreach (var a in modules)
        {
            foreach (var b in modules.Where(b => b != a))
            {
                var internals = Layers.TypesIn(l.Application, $"{l.ApplicationNs}.{b}")
                    .Where(t => !t.Namespace!.StartsWith($"{l.ApplicationNs}.{b}.Contracts", StringComparison.Ordinal))
                    .Select(t => t.FullName!)
                    .ToArray();
                if (internals.Length == 0)
                {
                    continue;
                }

                var result = Types.InAssembly(l.Application).That().ResideInNamespaceStartingWith($"{l.ApplicationNs}.{a}")
                    .ShouldNot().HaveDependencyOnAny(internals).GetResult();
                failures.AddRange(Names(result));
            }
        }

        return new(modules.Count > 1 ? Count(l.Application, l.ApplicationNs) : 0, failures);
    }

    // 7. Messages: named by kind, sealed records, immutable, and only our three message kinds.
    public static RuleOutcome MessageShape(Layers l)
    {
        var messages = Messages(l).ToList();
        var failures = new List<string>();
        foreach (var (type, kind) in messages)
        {
            if (!type.Name.EndsWith(kind, StringComparison.Ordinal)) failures.Add($"{type.FullName} (name must end with {kind})");
            if (!type.IsSealed) failures.Add($"{type.FullName} (not sealed)");
            if (type.GetMethod("<Clone>$") is null) failures.Add($"{type.FullName} (not a record)");
            if (!IsImmutable(type)) failures.Add($"{type.FullName} (has a settable property)");
        }

        var forbidden = Layers.TypesIn(l.Application, l.ApplicationNs)
            .Where(t => t.GetInterfaces().Any(i => i.FullName is "Mediator.IBaseRequest" or "Mediator.IStreamMessage"))
            .Select(t => $"{t.FullName} (request or stream message)");
        failures.AddRange(forbidden);
        return new(messages.Count, failures);
    }

    // 8. Handlers: public sealed, <Message>Handler, beside their message, exactly one per message.
    public static RuleOutcome HandlerShape(Layers l)
    {
        var handlers = Layers.TypesIn(l.Application, l.ApplicationNs)
            .SelectMany(t => HandledMessages(t).Select(m => (Handler: t, Message: m)))
            .ToList();
        var failures = new List<string>();
        foreach (var (handler, message) in handlers)
        {
            if (!handler.IsPublic || !handler.IsSealed) failures.Add($"{handler.FullName} (must be public sealed)");
            if (handler.Name != message.Name + "Handler") failures.Add($"{handler.FullName} (must be named {message.Name}Handler)");
            if (handler.Namespace != message.Namespace) failures.Add($"{handler.FullName} (must live beside {message.Name})");
        }

        foreach (var (message, _) in Messages(l))
        {
            var count = handlers.Count(h => h.Message == message);
            if (count != 1) failures.Add($"{message.FullName} (has {count} handlers)");
        }

        return new(handlers.Count, failures);
    }

    // 9. Every command has exactly one validator beside it; every validator targets a message and is named for it.
    public static RuleOutcome ValidatorPairing(Layers l)
    {
        var validators = Layers.TypesIn(l.Application, l.ApplicationNs)
            .Select(t => (Validator: t, Target: ValidatedType(t)))
            .Where(p => p.Target is not null && !p.Validator.IsAbstract)
            .ToList();
        var messages = Messages(l).ToList();
        var failures = new List<string>();
        foreach (var (message, kind) in messages.Where(m => m.Kind == "Command"))
        {
            var matching = validators.Count(v => v.Target == message && v.Validator.Namespace == message.Namespace && v.Validator.Name == message.Name + "Validator");
            if (matching != 1) failures.Add($"{message.FullName} (needs exactly one {message.Name}Validator beside it, has {matching})");
        }

        foreach (var (validator, target) in validators)
        {
            if (!messages.Any(m => m.Type == target)) failures.Add($"{validator.FullName} (validates {target!.Name}, which is no command or query)");
            if (validator.Name != target!.Name + "Validator") failures.Add($"{validator.FullName} (must be named {target.Name}Validator)");
        }

        return new(messages.Count(m => m.Kind == "Command"), failures);
    }

    // 11. The generated mediator lives in exactly one assembly, the composition root.
    public static RuleOutcome SingleMediatorGenerator(Assembly expectedHost, params Assembly[] all)
    {
        var hosts = all.Distinct().Where(a => a.GetType("Mediator.Mediator") is not null).ToList();
        var failures = new List<string>();
        if (!hosts.Contains(expectedHost)) failures.Add($"{expectedHost.GetName().Name} (has no generated Mediator)");
        failures.AddRange(hosts.Where(a => a != expectedHost).Select(a => $"{a.GetName().Name} (also runs the generator)"));
        return new(all.Length, failures);
    }

    // Domain growth rule: aggregates change only through behaviour and are created only through factories.
    public static RuleOutcome AggregatesEncapsulated(Layers l, Type aggregateRoot)
    {
        var aggregates = Layers.TypesIn(l.Domain, l.DomainNs).Where(t => t.IsSubclassOf(aggregateRoot) && !t.IsAbstract).ToList();
        var failures = new List<string>();
        foreach (var type in aggregates)
        {
            if (type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0) failures.Add($"{type.FullName} (public constructor)");
            failures.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod?.IsPublic == true)
                .Select(p => $"{type.FullName}.{p.Name} (public setter)"));
        }

        return new(aggregates.Count, failures);
    }

    private static IEnumerable<(Type Type, string Kind)> Messages(Layers l) =>
        Layers.TypesIn(l.Application, l.ApplicationNs)
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .Select(t => (Type: t, Kind: KindOf(t)))
            .Where(p => p.Kind is not null)
            .Select(p => (p.Type, p.Kind!));

    private static string? KindOf(Type type)
    {
        foreach (var i in type.GetInterfaces())
        {
            var name = i.IsGenericType ? i.GetGenericTypeDefinition().FullName : i.FullName;
            if (name is "Mediator.ICommand`1" or "Mediator.ICommand") return "Command";
            if (name is "Mediator.IQuery`1") return "Query";
        }

        return null;
    }

    private static IEnumerable<Type> HandledMessages(Type type) =>
        type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition().FullName is "Mediator.ICommandHandler`2" or "Mediator.ICommandHandler`1" or "Mediator.IQueryHandler`2")
            .Select(i => i.GetGenericArguments()[0])
            .Distinct(); // ICommandHandler<T> also implements ICommandHandler<T, Unit>: one handler, not two.

    private static Type? ValidatedType(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            {
                return t.GetGenericArguments()[0];
            }
        }

        return null;
    }

    /// <summary>Only get-only or init-only public properties (NetArchTest's BeImmutable rejects records' init).</summary>
    private static bool IsImmutable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .All(p => p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)));

    private static RuleOutcome Forbid(Assembly assembly, string ns, params string[] forbidden)
    {
        var result = Types.InAssembly(assembly).That().ResideInNamespaceStartingWith(ns)
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        return RuleOutcome.From(result, Count(assembly, ns));
    }

    private static int Count(Assembly assembly, string ns) =>
        Types.InAssembly(assembly).That().ResideInNamespaceStartingWith(ns).GetTypes().Count();

    private static IEnumerable<string> Names(TestResult result) => result.FailingTypeNames ?? [];
}
