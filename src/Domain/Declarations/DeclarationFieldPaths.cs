using System.Globalization;

namespace YearEndAdjustment.Domain.Declarations;

// The stable path of every form field, e.g. `dependants.relatives[<entryId>].income`. Rows are addressed by their
// EntryId, never by position, so a path names the same field for the declaration's whole life (history, checks,
// reviewer comments). Flatten writes every field of a form state once; Diff compares two states. My Numbers appear
// only masked.
public static class DeclarationFieldPaths
{
    public const string Self = "dependants.self";
    public const string Spouse = "dependants.spouse";
    public const string Relatives = "dependants.relatives";
    public const string YoungRelatives = "dependants.youngRelatives";
    public const string OtherEarnersRelatives = "dependants.otherEarnersRelatives";
    public const string SpecificRelativeTicks = "dependants.specificRelativeTicks";
    public const string SalaryFromOtherPayers = "basic.salaryFromOtherPayers";
    public const string OtherIncome = "basic.otherIncome";
    public const string SpouseIncome = "basic.spouseIncome";
    public const string SpecificRelatives = "basic.specificRelatives";
    public const string IncomeAdjustment = "basic.incomeAdjustment";
    public const string Life = "insurance.life";
    public const string Earthquake = "insurance.earthquake";
    public const string SocialInsurance = "insurance.socialInsurance";
    public const string MutualAid = "insurance.mutualAid";
    public const string HousingLoan = "housingLoan";

    public static string Row(string list, Guid entryId) => $"{list}[{entryId}]";

    public static string Field(string owner, string field) => $"{owner}.{field}";

    public static IReadOnlyList<DeclarationFieldChange> Diff(DeclarationForms before, DeclarationForms after)
    {
        var old = Write(before);
        var now = Write(after);
        var changes = new List<DeclarationFieldChange>();
        foreach (var (path, value) in now.Values)
        {
            var existed = old.Values.TryGetValue(path, out var previous);
            if (!existed || !string.Equals(old.KeyOf(path), now.KeyOf(path), StringComparison.Ordinal))
            {
                changes.Add(new DeclarationFieldChange(path, previous, value));
            }
        }

        foreach (var (path, value) in old.Values)
        {
            if (!now.Values.ContainsKey(path))
            {
                changes.Add(new DeclarationFieldChange(path, value, null));
            }
        }

        return changes;
    }

    // Path → display value (My Numbers masked), invariant culture; absent (null) fields are left out.
    public static IReadOnlyDictionary<string, string> Flatten(DeclarationForms forms) => Write(forms).Values;

    private static Writer Write(DeclarationForms forms)
    {
        var w = new Writer();
        var self = forms.Dependants.Self;
        w.Add(Self, "disability", self.Disability);
        w.Add(Self, "widow", self.Widow);
        w.Add(Self, "singleParent", self.IsSingleParent);
        w.Add(Self, "workingStudent", self.IsWorkingStudent);
        w.Add(Self, "statusDetails", self.StatusDetails);
        w.Add(Self, "householderName", self.HouseholderName);
        w.Add(Self, "householderRelationship", self.HouseholderRelationship);
        if (forms.Dependants.Spouse is { } spouse)
        {
            Person(w, Spouse, spouse);
        }

        foreach (var person in forms.Dependants.Relatives)
        {
            Person(w, Row(Relatives, person.EntryId), person);
        }

        foreach (var person in forms.Dependants.YoungRelatives)
        {
            Person(w, Row(YoungRelatives, person.EntryId), person);
        }

        foreach (var relative in forms.Dependants.OtherEarnersRelatives)
        {
            var row = Row(OtherEarnersRelatives, relative.Person.EntryId);
            Person(w, row, relative.Person);
            w.Add(row, "otherEarnerName", relative.OtherEarnerName);
            w.Add(row, "otherEarnerRelationship", relative.OtherEarnerRelationship);
            w.Add(row, "otherEarnerAddress", relative.OtherEarnerAddress);
        }

        foreach (var id in forms.Dependants.SpecificRelativeEntryIds)
        {
            w.Set(Row(SpecificRelativeTicks, id), "true");
        }

        var basic = forms.Basic;
        w.Set(SalaryFromOtherPayers, Text(basic.SalaryFromOtherPayers));
        w.Set(OtherIncome, Text(basic.OtherIncome));
        if (basic.SpouseIncome is { } spouseIncome)
        {
            w.Add(SpouseIncome, "salaryRevenue", spouseIncome.SalaryRevenue);
            w.Add(SpouseIncome, "otherIncome", spouseIncome.OtherIncome);
        }

        foreach (var person in basic.SpecificRelatives)
        {
            Person(w, Row(SpecificRelatives, person.EntryId), person);
        }

        if (basic.IncomeAdjustment is { } claim)
        {
            w.Add(IncomeAdjustment, "requirement", claim.Requirement);
            w.Add(IncomeAdjustment, "personEntryId", claim.PersonEntryId?.ToString());
            w.Add(IncomeAdjustment, "specialDisabilityFact", claim.SpecialDisabilityFact);
        }

        foreach (var line in forms.Insurance.Life)
        {
            var row = Row(Life, line.EntryId);
            w.Add(row, "insurerName", line.InsurerName);
            w.Add(row, "insuranceKind", line.InsuranceKind);
            w.Add(row, "category", line.Category);
            w.Add(row, "regime", line.Regime);
            w.Add(row, "period", line.Period);
            w.Add(row, "contractorName", line.ContractorName);
            w.Add(row, "beneficiaryName", line.BeneficiaryName);
            w.Add(row, "pensionStartDate", line.PensionStartDate);
            w.Add(row, "premium", line.Premium);
            Certificate(w, row, "certificate", line.Certificate);
        }

        foreach (var line in forms.Insurance.Earthquake)
        {
            var row = Row(Earthquake, line.EntryId);
            w.Add(row, "insurerName", line.InsurerName);
            w.Add(row, "insuranceKind", line.InsuranceKind);
            w.Add(row, "kind", line.Kind);
            w.Add(row, "period", line.Period);
            w.Add(row, "contractorName", line.ContractorName);
            w.Add(row, "insuredPersonName", line.InsuredPersonName);
            w.Add(row, "premium", line.Premium);
            Certificate(w, row, "certificate", line.Certificate);
        }

        foreach (var line in forms.Insurance.SocialInsurance)
        {
            var row = Row(SocialInsurance, line.EntryId);
            w.Add(row, "kind", line.Kind);
            w.Add(row, "payeeName", line.PayeeName);
            w.Add(row, "bearerName", line.BearerName);
            w.Add(row, "premium", line.Premium);
            Certificate(w, row, "certificate", line.Certificate);
        }

        foreach (var line in forms.Insurance.MutualAid)
        {
            var row = Row(MutualAid, line.EntryId);
            w.Add(row, "kind", line.Kind);
            w.Add(row, "amount", line.Amount);
            Certificate(w, row, "certificate", line.Certificate);
        }

        if (forms.HousingLoan is { } loan)
        {
            w.Add(HousingLoan, "residenceStartDate", loan.ResidenceStartDate);
            w.Add(HousingLoan, "category", loan.Category);
            w.Add(HousingLoan, "yearEndBalance", loan.YearEndBalance);
            w.Add(HousingLoan, "sharePercent", loan.SharePercent);
            w.Add(HousingLoan, "acquisitionPrice", loan.AcquisitionPrice);
            w.Add(HousingLoan, "balanceLimit", loan.BalanceLimit);
            w.Add(HousingLoan, "rateBasisPoints", loan.RateBasisPoints);
            w.Add(HousingLoan, "creditLimit", loan.CreditLimit);
            w.Add(HousingLoan, "credit", loan.ComputeCredit());
            Certificate(w, HousingLoan, "balanceCertificate", loan.BalanceCertificate);
            Certificate(w, HousingLoan, "taxOfficeCertificate", loan.TaxOfficeCertificate);
        }

        return w;
    }

    private static void Person(Writer w, string row, DeclaredPerson person)
    {
        w.Add(row, "masterId", person.MasterId?.Value.ToString());
        w.Add(row, "name", person.Name);
        w.Add(row, "nameKana", person.NameKana);
        w.Add(row, "relationship", person.Relationship);
        w.Add(row, "birthDate", person.BirthDate);
        w.Add(row, "myNumber", person.MyNumber?.Masked);
        w.Add(row, "address", person.Address);
        w.Add(row, "income", person.EstimatedIncome);
        w.Add(row, "disability", person.Disability);
        w.Add(row, "cohabiting", person.Cohabiting);
        w.Add(row, "nonResident", person.IsNonResident);
        w.Add(row, "nonResidentReason", person.NonResidentReason);
        w.Add(row, "remittance", person.Remittance);
        w.Add(row, "businessFamilyEmployee", person.IsBusinessFamilyEmployee);
        w.Add(row, "changeDate", person.ChangeDate);
        w.Add(row, "changeReason", person.ChangeReason);

        // Another number reads the same masked, so it is compared by its keyed lookup instead.
        if (person.MyNumber is { } number)
        {
            w.CompareBy(Field(row, "myNumber"), number.Fingerprint);
        }
    }

    private static void Certificate(Writer w, string row, string field, CertificateEvidence certificate)
    {
        w.Add(row, field + ".attachments", certificate.AttachmentIds.Count == 0 ? null : string.Join(",", certificate.AttachmentIds));
        w.Add(row, field + ".onPaper", certificate.SubmittedOnPaper);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Writer
    {
        private readonly Dictionary<string, string> _fingerprints = new(StringComparer.Ordinal);

        public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

        public void Set(string path, string value) => Values[path] = value;

        public void Add(string owner, string field, string? value)
        {
            if (value is not null)
            {
                Values[Field(owner, field)] = value;
            }
        }

        public void Add(string owner, string field, long? value) => Add(owner, field, value?.ToString(CultureInfo.InvariantCulture));

        public void Add(string owner, string field, bool value) => Add(owner, field, value ? "true" : "false");

        public void Add(string owner, string field, DateOnly? value) => Add(owner, field, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        public void Add<TEnum>(string owner, string field, TEnum? value)
            where TEnum : struct, Enum => Add(owner, field, value?.ToString());

        public void Add<TEnum>(string owner, string field, TEnum value)
            where TEnum : struct, Enum => Add(owner, field, value.ToString());

        public void CompareBy(string path, string key) => _fingerprints[path] = key;

        public string? KeyOf(string path) =>
            _fingerprints.TryGetValue(path, out var key) ? key : Values.GetValueOrDefault(path);
    }
}
