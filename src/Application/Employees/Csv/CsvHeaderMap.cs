namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>
/// Finds the columns of a layout in a header row by name, in any order. Header names are compared after NFKC and
/// without spaces, so 「社員 番号」 and full-width 「ＩＤ」 match; unknown columns become warnings, duplicates and
/// missing required columns errors.
/// </summary>
public sealed class CsvHeaderMap
{
    private readonly Dictionary<string, int> _indexes;

    private CsvHeaderMap(Dictionary<string, int> indexes, int fieldCount)
    {
        _indexes = indexes;
        FieldCount = fieldCount;
    }

    public int FieldCount { get; }

    public static CsvHeaderMap Build(CsvRecord header, IReadOnlyList<CsvColumn> layout, List<CsvImportIssue> errors, List<CsvImportIssue> warnings)
    {
        var byName = new Dictionary<string, CsvColumn>(StringComparer.Ordinal);
        foreach (var column in layout)
        {
            byName[Key(column.Name)] = column;
            foreach (var alias in column.Aliases)
            {
                byName[Key(alias)] = column;
            }
        }

        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var key = Key(header.Fields[i]);
            if (key.Length == 0)
            {
                continue;
            }

            if (!byName.TryGetValue(key, out var column))
            {
                warnings.Add(new CsvImportIssue(header.Line, JapaneseTextNormalizer.Normalize(header.Fields[i]), "この列は取り込み対象ではないため無視します。"));
                continue;
            }

            if (!indexes.TryAdd(column.Name, i))
            {
                errors.Add(new CsvImportIssue(header.Line, column.Name, "同じ列が2回以上あります。"));
            }
        }

        if (indexes.Count == 0)
        {
            errors.Add(new CsvImportIssue(header.Line, null,
                "1行目に取り込める列名がありません。1行目は見出し行（社員番号 など）にし、文字コードは UTF-8 または Shift_JIS、区切りはカンマにしてください。"));
        }
        else
        {
            foreach (var column in layout.Where(c => c.Required && !indexes.ContainsKey(c.Name)))
            {
                errors.Add(new CsvImportIssue(header.Line, column.Name, "必須の列がありません。"));
            }
        }

        return new CsvHeaderMap(indexes, header.Fields.Length);
    }

    public bool Has(CsvColumn column) => _indexes.ContainsKey(column.Name);

    /// <summary>The layout column read from field <paramref name="index"/>, or null for an ignored column.</summary>
    public string? ColumnAt(int index) => _indexes.FirstOrDefault(p => p.Value == index).Key;

    /// <summary>The raw cell of a column, or null when the file has no such column.</summary>
    public string? Cell(CsvRecord record, CsvColumn column) =>
        _indexes.TryGetValue(column.Name, out var index) && index < record.Fields.Length ? record.Fields[index] : null;

    private static string Key(string? name)
    {
        var normalized = JapaneseTextNormalizer.Normalize(name?.Trim('\uFEFF'));
        return normalized.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
    }
}
