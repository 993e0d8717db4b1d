using System.Reflection;
using YearEndAdjustment.ArchitectureTests.Support;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.ArchitectureTests;

/// <summary>
/// no message or result of the application (what crosses to pages, endpoints and JSON) has a public property
/// of type <see cref="MyNumber"/> or <see cref="ProtectedMyNumber"/>, however deeply nested; screens get a masked
/// string, and the digits leave only through the audited reveal use case as plain text.
/// </summary>
public sealed class MyNumberExposureTests
{
    private static readonly Type[] Forbidden = [typeof(MyNumber), typeof(ProtectedMyNumber)];

    [Fact]
    public void MessagesAndResults_HoldForProduct() => Check(Layers.Product).AssertHolds();

    [Fact]
    public void MessagesAndResults_CatchNestedMyNumber() => Check(Layers.Fixture).AssertCatches("LeakyFamilyDto.MyNumber");

    private static RuleOutcome Check(Layers l)
    {
        var roots = Layers.TypesIn(l.Application, l.ApplicationNs)
            .SelectMany(t => t.GetInterfaces().Where(IsMessage).SelectMany(i => new[] { t }.Concat(i.GetGenericArguments())))
            .Distinct()
            .ToList();
        var failures = new List<string>();
        var seen = new HashSet<Type>();
        foreach (var root in roots)
        {
            Visit(root, seen, failures);
        }

        return new RuleOutcome(roots.Count, failures.Distinct().ToList());
    }

    private static void Visit(Type type, HashSet<Type> seen, List<string> failures)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            Visit(type.GetElementType()!, seen, failures);
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Visit(argument, seen, failures);
            }
        }

        if (!seen.Add(type) || type.Namespace?.StartsWith("YearEndAdjustment", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (Forbidden.Contains(propertyType) || (propertyType.IsGenericType && propertyType.GetGenericArguments().Any(Forbidden.Contains)))
            {
                failures.Add($"{type.FullName}.{property.Name}");
            }

            Visit(property.PropertyType, seen, failures);
        }
    }

    private static bool IsMessage(Type i)
    {
        var name = i.IsGenericType ? i.GetGenericTypeDefinition().FullName : i.FullName;
        return name is "Mediator.ICommand`1" or "Mediator.IQuery`1" or "Mediator.ICommand";
    }
}
