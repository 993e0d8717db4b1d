using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Bulk;

/// <summary>
/// One INSERT or UPDATE for an entity's own table, generated from the EF model: identifiers are delimited by the
/// provider's helper, values are bound to parameters typed by the provider's mappings. Built once per session and
/// entity type, reused for every row.
/// </summary>
internal sealed class TableStatement
{
    private readonly IReadOnlyList<ColumnBinding> _columns;
    private readonly int _tenantParameter;
    private readonly int _versionParameter;

    // Per column, the last converted object and its provider value (see Value).
    private readonly object?[] _lastInput;
    private readonly object?[] _lastOutput;

    private TableStatement(
        IEntityType entityType, string tableName, string sql, IReadOnlyList<ColumnBinding> columns, int tenantParameter, int versionParameter, string? copySql = null)
    {
        EntityType = entityType;
        TableName = tableName;
        Sql = sql;
        CopySql = copySql;
        _columns = columns;
        _tenantParameter = tenantParameter;
        _versionParameter = versionParameter;
        _lastInput = new object?[columns.Count];
        _lastOutput = new object?[columns.Count];
    }

    public IEntityType EntityType { get; }

    public string TableName { get; }

    public string Sql { get; }

    /// <summary>
    /// An insert's PostgreSQL bulk form, <c>COPY table (columns) FROM STDIN (FORMAT BINARY)</c>, the same columns in the
    /// same order (ADR 0045); null for updates.
    /// </summary>
    public string? CopySql { get; }

    public int ColumnCount => _columns.Count;

    /// <summary>Column <paramref name="index"/>'s store type without facets (<c>character varying</c>, <c>uuid</c>, …).</summary>
    public string StoreTypeBase(int index) => _columns[index].Mapping.StoreTypeNameBase;

    /// <summary>The provider-side CLR type of each parameter (after EF value converters), in parameter order.</summary>
    public IEnumerable<Type> ProviderTypes => _columns.Select(c =>
    {
        var type = c.Mapping.Converter?.ProviderClrType ?? c.Mapping.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    });

    /// <summary>
    /// One row per execution: multi-row <c>VALUES (…), (…)</c> was measured slower on SQLite (×1.6 at 8 rows, ×3.5 at
    /// 50), which looks bound parameter names up linearly (ADR 0021).
    /// </summary>
    public static TableStatement Insert(IEntityType entityType, ISqlGenerationHelper sql)
    {
        var (table, properties) = Describe(entityType);
        var columns = properties.Select((p, i) => ColumnBinding.For(p, table, sql.GenerateParameterName("p" + i))).ToList();
        var target = $"{sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))})";
        var text = $"INSERT INTO {target} VALUES ({string.Join(", ", columns.Select(c => c.ParameterName))})";
        return new TableStatement(entityType, table.Name, text, columns, -1, -1, $"COPY {target} FROM STDIN (FORMAT BINARY)");
    }

    /// <summary>Sets every non-key column; matches the key, the tenant and (when the entity has one) the original concurrency version.</summary>
    public static TableStatement Update(IEntityType entityType, ISqlGenerationHelper sql)
    {
        var (table, properties) = Describe(entityType);
        var keys = entityType.FindPrimaryKey()!.Properties;
        var tenant = entityType.FindProperty(nameof(ITenantOwned.TenantId)) ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no TenantId.");
        var version = properties.SingleOrDefault(p => p.IsConcurrencyToken);

        var set = properties.Where(p => !keys.Contains(p) && p != tenant).ToList();
        var where = keys.Append(tenant).ToList();
        var columns = set.Concat(where).Select((p, i) => ColumnBinding.For(p, table, sql.GenerateParameterName("p" + i))).ToList();
        var conditions = columns.Skip(set.Count).Select(c => $"{sql.DelimitIdentifier(c.Column)} = {c.ParameterName}").ToList();
        var versionParameter = -1;
        if (version is not null)
        {
            versionParameter = columns.Count;
            var binding = ColumnBinding.For(version, table, sql.GenerateParameterName("p" + columns.Count));
            columns.Add(binding);
            conditions.Add($"{sql.DelimitIdentifier(binding.Column)} = {binding.ParameterName}");
        }

        var text = $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET "
            + string.Join(", ", columns.Take(set.Count).Select(c => $"{sql.DelimitIdentifier(c.Column)} = {c.ParameterName}"))
            + " WHERE " + string.Join(" AND ", conditions);
        return new TableStatement(entityType, table.Name, text, columns, columns.FindIndex(c => c.Property == tenant), versionParameter);
    }

    public DbParameter[] CreateParameters(DbCommand command) =>
        _columns.Select(c => c.Mapping.CreateParameter(command, c.ParameterName, null, c.Property.IsNullable)).ToArray();

    /// <summary>Binds one entity into ADO.NET parameters created by <see cref="CreateParameters"/>.</summary>
    public void Bind(DbParameter[] parameters, object entity, int? originalVersion, TenantId tenant)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            parameters[i].Value = Value(i, entity, originalVersion, tenant) ?? DBNull.Value;
        }
    }

    /// <summary>Parameter <paramref name="index"/>'s value for one row, after the property's EF value converter.</summary>
    public object? Value(int index, object entity, int? originalVersion, TenantId tenant)
    {
        var column = _columns[index];
        var owned = entity as OwnedRow;
        object? value = index == _versionParameter ? originalVersion ?? throw new InvalidOperationException("An update needs the original version.")
            : index == _tenantParameter ? tenant
            : owned is not null && column.Property.IsShadowProperty() ? OwnerKeyValue(column.Property, owned.Owner)
            : column.Property.GetGetter().GetClrValueUsingContainingEntity(owned?.Element ?? entity);
        if (value is null || column.Mapping.Converter is not { } converter)
        {
            return value;
        }

        // Rows of one write often share one object (every new declaration holds the same empty forms, serialised to
        // JSON by the converter): the same reference within one call converts once (ADR 0055). Value types box anew
        // each time and never match.
        if (ReferenceEquals(value, _lastInput[index]))
        {
            return _lastOutput[index];
        }

        var converted = converter.ConvertToProvider(value);
        if (!value.GetType().IsValueType)
        {
            _lastInput[index] = value;
            _lastOutput[index] = converted;
        }

        return converted;
    }

    /// <summary>
    /// Column <paramref name="index"/> read straight from <paramref name="entity"/> (typed as the entity's CLR type) and
    /// the property's converter to the provider type, for a runner that compiles its binding (ADR 0057). False for the
    /// columns only <see cref="Value"/> can give: the tenant and original version of an update, an owned row's columns,
    /// shadow properties, and converted reference values (the JSON forms), whose conversion <see cref="Value"/>
    /// remembers per call.
    /// </summary>
    public bool TryRead(int index, Expression entity, out Expression read, out LambdaExpression? toProvider)
    {
        var column = _columns[index];
        read = null!;
        toProvider = column.Mapping.Converter?.ConvertToProviderExpression;
        if (index == _versionParameter || index == _tenantParameter || EntityType.IsOwned() || column.Property.IsShadowProperty()
            || (toProvider is not null && !column.Property.ClrType.IsValueType))
        {
            return false;
        }

        read = column.Property.GetMemberInfo(forMaterialization: false, forSet: false) switch
        {
            PropertyInfo property => Expression.Property(entity, property),
            FieldInfo field => Expression.Field(entity, field),
            _ => null!,
        };
        return read is not null;
    }

    /// <summary>
    /// Forgets the remembered conversions; each runner calls it when a call starts, so an object changed between two
    /// writes of a session is converted again.
    /// </summary>
    public void ForgetConversions()
    {
        Array.Clear(_lastInput);
        Array.Clear(_lastOutput);
    }

    /// <summary>An owned row's foreign key to its owner (a shadow property) takes the owner's key value.</summary>
    private static object? OwnerKeyValue(IProperty property, object owner)
    {
        var ownership = property.GetContainingForeignKeys().Single(fk => fk.IsOwnership);
        var principal = ownership.PrincipalKey.Properties[ownership.Properties.ToList().IndexOf(property)];
        return principal.GetGetter().GetClrValueUsingContainingEntity(owner);
    }

    private static (StoreObjectIdentifier Table, List<IProperty> Properties) Describe(IEntityType entityType)
    {
        var name = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table.");
        var table = StoreObjectIdentifier.Table(name, entityType.GetSchema());
        return (table, entityType.GetProperties().Where(p => p.GetColumnName(table) is not null).ToList());
    }

    private sealed record ColumnBinding(IProperty Property, string Column, string ParameterName, RelationalTypeMapping Mapping)
    {
        public static ColumnBinding For(IProperty property, StoreObjectIdentifier table, string parameterName) =>
            new(property, property.GetColumnName(table)!, parameterName, (RelationalTypeMapping)property.GetRelationalTypeMapping());
    }
}
