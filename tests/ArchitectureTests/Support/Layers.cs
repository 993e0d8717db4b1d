using System.Reflection;

namespace YearEndAdjustment.ArchitectureTests.Support;

/// <summary>
/// The four layers under test, by root namespace and assembly. The product uses its real assemblies; the fixture
/// uses namespaces inside this test assembly that imitate the layers with deliberate violations, so every rule is
/// shown able to fail.
/// </summary>
public sealed record Layers(string Root, Assembly Domain, Assembly Application, Assembly Infrastructure, Assembly Web)
{
    public static readonly Layers Product = new(
        "YearEndAdjustment",
        typeof(YearEndAdjustment.Domain.SharedKernel.AggregateRoot).Assembly,
        typeof(YearEndAdjustment.Application.ApplicationAssemblyMarker).Assembly,
        typeof(YearEndAdjustment.Infrastructure.DependencyInjection).Assembly,
        typeof(YearEndAdjustment.Web.SharedResource).Assembly);

    public static readonly Layers Fixture = new(
        "YearEndAdjustment.ArchitectureTests.Fixtures",
        typeof(Layers).Assembly,
        typeof(Layers).Assembly,
        typeof(Layers).Assembly,
        typeof(Layers).Assembly);

    public string DomainNs => Root + ".Domain";

    public string ApplicationNs => Root + ".Application";

    public string InfrastructureNs => Root + ".Infrastructure";

    public string WebNs => Root + ".Web";

    /// <summary>Types of an assembly under a namespace, without compiler-generated helpers.</summary>
    public static IReadOnlyList<Type> TypesIn(Assembly assembly, string ns) =>
        assembly.GetTypes()
            .Where(t => t.Namespace is not null && (t.Namespace == ns || t.Namespace.StartsWith(ns + ".", StringComparison.Ordinal)))
            .Where(t => !t.Name.StartsWith('<') && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
            .ToList();

    /// <summary>Module names: the namespace segment right below a layer, except the shared ones.</summary>
    public static IReadOnlyList<string> ModulesOf(Assembly assembly, string layerNs, params string[] shared) =>
        TypesIn(assembly, layerNs)
            .Select(t => t.Namespace!)
            .Where(n => n.Length > layerNs.Length)
            .Select(n => n[(layerNs.Length + 1)..].Split('.')[0])
            .Distinct()
            .Where(m => !shared.Contains(m))
            .Order()
            .ToList();
}
