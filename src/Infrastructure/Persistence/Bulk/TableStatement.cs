using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Bulk;

/// <summary>
/// One INSERT or UPDATE for an entity's own table, generated from the EF model: identifiers are delimited by the
/// provider's helper, values are bound to parameters typed by the provider's mappings. Built once per call, reused
/// for every row.
/// </summary>
internal sealed class TableStatement
{
    private readonly IReadOnlyList<ColumnBinding> _columns;
    private readonly int _tenantParameter;
    private readonly int _versionParameter;

    private TableStatement(string tableName, string sql, IReadOnlyList<ColumnBinding> columns, int tenantParameter, int versionParameter, int rowsPerStatement = 1)
    {
        TableName = tableName;
        Sql = sql;
        RowsPerStatement = rowsPerStatement;
        _columns = columns;
        _tenantParameter = tenantParameter;
        _versionParameter = versionParameter;
    }

    public string TableName { get; }

    public string Sql { get; }

    /// <summary>How many rows one execution writes (multi-row INSERT … VALUES (…), (…)).</summary>
    public int RowsPerStatement { get; }

    /// <summary>
    /// An INSERT of <paramref name="rows"/> rows per execution: one statement per row costs SQLite more in call overhead
    /// than in writing, so the SQLite path sends 50 rows per execution (1,000 parameters, well below SQLite's 32,766).
    /// </summary>
    public static TableStatement Insert(IEntityType entityType, ISqlGenerationHelper sql, int rows = 1)
    {
        var (table, store, properties) = Describe(entityType);
        var columns = new List<ColumnBinding>();
        var groups = new List<string>();
        for (var row = 0; row < rows; row++)
        {
            var group = properties.Select((p, i) => ColumnBinding.For(p, store, sql.GenerateParameterName($"p{row}_{i}"))).ToList();
            columns.AddRange(group);
            groups.Add("(" + string.Join(", ", group.Select(c => c.ParameterName)) + ")");
        }

        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)))}) "
            + $"VALUES {string.Join(", ", groups)}";
        return new TableStatement(table.Name, text, columns, -1, -1, rows);
    }

    /// <summary>Sets every non-key column; matches the key, the tenant and (when the entity has one) the original concurrency version.</summary>
    public static TableStatement Update(IEntityType entityType, ISqlGenerationHelper sql)
    {
        var (table, store, properties) = Describe(entityType);
        var keys = entityType.FindPrimaryKey()!.Properties;
        var tenant = entityType.FindProperty(nameof(ITenantOwned.TenantId)) ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no TenantId.");
        var version = properties.SingleOrDefault(p => p.IsConcurrencyToken);

        var set = properties.Where(p => !keys.Contains(p) && p != tenant).ToList();
        var where = keys.Append(tenant).ToList();
        var columns = set.Concat(where).Select((p, i) => ColumnBinding.For(p, store, sql.GenerateParameterName("p" + i))).ToList();
        var conditions = columns.Skip(set.Count).Select(c => $"{sql.DelimitIdentifier(c.Column)} = {c.ParameterName}").ToList();
        var versionParameter = -1;
        if (version is not null)
        {
            versionParameter = columns.Count;
            var binding = ColumnBinding.For(version, store, sql.GenerateParameterName("p" + columns.Count));
            columns.Add(binding with { IsOriginalVersion = true });
            conditions.Add($"{sql.DelimitIdentifier(binding.Column)} = {binding.ParameterName}");
        }

        var text = $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET "
            + string.Join(", ", columns.Take(set.Count).Select(c => $"{sql.DelimitIdentifier(c.Column)} = {c.ParameterName}"))
            + " WHERE " + string.Join(" AND ", conditions);
        return new TableStatement(table.Name, text, columns, columns.FindIndex(c => c.Property == tenant), versionParameter);
    }

    public DbParameter[] CreateParameters(DbCommand command) =>
        _columns.Select(c => c.Mapping.CreateParameter(command, c.ParameterName, null, c.Property.IsNullable)).ToArray();

    /// <summary>Binds one entity into the parameters of row <paramref name="row"/> of the statement.</summary>
    public void Bind(DbParameter[] parameters, object entity, int? originalVersion, TenantId tenant, int row = 0)
    {
        var width = _columns.Count / RowsPerStatement;
        for (var i = row * width; i < (row + 1) * width; i++)
        {
            var column = _columns[i];
            object? value = i == _versionParameter ? originalVersion ?? throw new InvalidOperationException("An update needs the original version.")
                : i == _tenantParameter ? tenant
                : column.Property.GetGetter().GetClrValueUsingContainingEntity(entity);
            if (value is not null && column.Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            parameters[i].Value = value ?? DBNull.Value;
        }
    }

    private static (StoreObjectIdentifier Table, StoreObjectIdentifier Store, List<IProperty> Properties) Describe(IEntityType entityType)
    {
        var name = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(name, entityType.GetSchema());
        var properties = entityType.GetProperties().Where(p => p.GetColumnName(store) is not null).ToList();
        return (store, store, properties);
    }

    private sealed record ColumnBinding(IProperty Property, string Column, string ParameterName, RelationalTypeMapping Mapping, bool IsOriginalVersion = false)
    {
        public static ColumnBinding For(IProperty property, StoreObjectIdentifier store, string parameterName) =>
            new(property, property.GetColumnName(store)!, parameterName, (RelationalTypeMapping)property.GetRelationalTypeMapping());
    }
}
