using Mono.Cecil;

namespace YearEndAdjustment.ArchitectureTests.Support;

/// <summary>
/// Lists the types a type refers to (signatures, attributes, IL operands), as NetArchTest does, but skipping the
/// compiler's own global helpers such as &lt;PrivateImplementationDetails&gt; (constant data for span and array
/// initialisers), which NetArchTest's whitelist rule cannot express.
/// </summary>
public static class DependencyScanner
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReferencesOutside(string assemblyPath, string ns, params string[] allowedPrefixes)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var result = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var type in module.GetTypes().Where(t => t.Namespace == ns || t.Namespace.StartsWith(ns + ".", StringComparison.Ordinal) || (t.IsNested && Outer(t).Namespace.StartsWith(ns, StringComparison.Ordinal))))
        {
            var bad = References(type)
                .Where(r => !r.StartsWith('<') && !allowedPrefixes.Any(p => r == p || r.StartsWith(p + ".", StringComparison.Ordinal)))
                .Distinct()
                .ToList();
            if (bad.Count > 0)
            {
                result[type.FullName] = bad;
            }
        }

        return result;
    }

    private static TypeDefinition Outer(TypeDefinition type) => type.IsNested ? Outer(type.DeclaringType) : type;

    private static IEnumerable<string> References(TypeDefinition type)
    {
        var refs = new List<TypeReference>();
        if (type.BaseType is not null) refs.Add(type.BaseType);
        refs.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        refs.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
        refs.AddRange(type.Fields.Select(f => f.FieldType));
        refs.AddRange(type.Properties.Select(p => p.PropertyType));
        foreach (var method in type.Methods)
        {
            refs.Add(method.ReturnType);
            refs.AddRange(method.Parameters.Select(p => p.ParameterType));
            refs.AddRange(method.CustomAttributes.Select(a => a.AttributeType));
            if (!method.HasBody) continue;
            refs.AddRange(method.Body.Variables.Select(v => v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: refs.Add(t); break;
                    case MemberReference m when m.DeclaringType is not null: refs.Add(m.DeclaringType); break;
                }
            }
        }

        return refs.SelectMany(Flatten).Select(NamespaceOf).Where(n => n is not null)!;
    }

    private static IEnumerable<TypeReference> Flatten(TypeReference type)
    {
        yield return type.GetElementType();
        if (type is GenericInstanceType generic)
        {
            foreach (var argument in generic.GenericArguments.SelectMany(Flatten))
            {
                yield return argument;
            }
        }
    }

    private static string? NamespaceOf(TypeReference type)
    {
        if (type.IsGenericParameter) return null;
        while (type.IsNested) type = type.DeclaringType;
        return type.Namespace.Length == 0 ? type.Name : type.Namespace;
    }
}
