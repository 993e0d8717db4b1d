namespace YearEndAdjustment.Infrastructure.Outputs.UnifiedCsv;

// Column positions and codes of the eLTAX 統一CSV per tax year (forms-and-formats.md §3.6). Pure data: the reference
// reconstructs columns 1–91 from a 2014 validator and 92 onward from a current exporter and marks every position,
// the codes and the three 2025+ 特定親族 columns as unverified against the official 「統一CSVレイアウト仕様書」 [E1];
// a corrected spec changes this table only (docs/formats.md lists each open point).
internal sealed record UnifiedCsvLayout(
    int Year,
    int ColumnCount,
    IReadOnlyDictionary<UnifiedCsvField, int> Positions,
    UnifiedCsvCodes Codes)
{
    private static readonly UnifiedCsvCodes CommonCodes = new(
        SpouseHas: "1",
        SpouseNone: "2",
        Resident: "00",
        NonResident: "01",
        JoinLeaveNone: "0",
        Joined: "1",
        Left: "2",
        HousingGeneral: "01",
        HousingCertified: "02",
        HousingRenovation: "03",
        HousingEarthquake: "04",
        MunicipalOnly: "1",
        MunicipalAndTaxOffice: "2");

    // Columns 1–143: every field in the order §3.6 lists (positions are stored 0-based).
    private static readonly UnifiedCsvField[] Through143 = Enum.GetValues<UnifiedCsvField>()
        .TakeWhile(f => f != UnifiedCsvField.SpecificRelativeCount)
        .ToArray();

    private static readonly UnifiedCsvLayout[] Layouts =
    [
        Build(2024, 144, [.. Through143, UnifiedCsvField.CreationKind]),

        // 2025+: three 特定親族 columns inserted before 作成区分 ([C1] [C2]); their content is assumed (unverified).
        Build(2025, 147, [.. Through143, UnifiedCsvField.SpecificRelativeCount, UnifiedCsvField.SpecificRelativeDeduction, UnifiedCsvField.SpecificRelativeReserved, UnifiedCsvField.CreationKind]),
        Build(2026, 147, [.. Through143, UnifiedCsvField.SpecificRelativeCount, UnifiedCsvField.SpecificRelativeDeduction, UnifiedCsvField.SpecificRelativeReserved, UnifiedCsvField.CreationKind]),
    ];

    public static UnifiedCsvLayout For(int year) =>
        Layouts.FirstOrDefault(l => l.Year == year) ?? throw new ArgumentOutOfRangeException(nameof(year), year, "No 統一CSV layout for this year.");

    public bool Has(UnifiedCsvField field) => Positions.ContainsKey(field);

    private static UnifiedCsvLayout Build(int year, int columnCount, UnifiedCsvField[] order)
    {
        if (order.Length != columnCount)
        {
            throw new InvalidOperationException($"The {year} 統一CSV layout lists {order.Length} fields for {columnCount} columns.");
        }

        var positions = new Dictionary<UnifiedCsvField, int>();
        for (var i = 0; i < order.Length; i++)
        {
            positions.Add(order[i], i);
        }

        return new UnifiedCsvLayout(year, columnCount, positions, CommonCodes);
    }
}

// Code values of the coded columns; each marked ◐/○ in the reference.
internal sealed record UnifiedCsvCodes(
    string SpouseHas,
    string SpouseNone,
    string Resident,
    string NonResident,
    string JoinLeaveNone,
    string Joined,
    string Left,
    string HousingGeneral,
    string HousingCertified,
    string HousingRenovation,
    string HousingEarthquake,
    string MunicipalOnly,
    string MunicipalAndTaxOffice);
