using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Infrastructure.Persistence.Converters;

/// <summary>
/// The dependants, basic-deduction and insurance forms read straight off a <see cref="Utf8JsonReader"/> (ADR 0058):
/// System.Text.Json builds these positional records through its parameterised-constructor path, which boxes every
/// argument and copies its read state per object, and was a third of a whole-year output's reading time.
/// Strict on purpose: it accepts only what <see cref="JsonColumn.Options"/> writes for today's records — every member
/// present once, by its camelCase name, enums by name, numbers as numbers, dates as yyyy-MM-dd — and returns false on
/// anything else (an older row without a newer member, an unknown member, malformed text), so the caller falls back
/// to <see cref="JsonSerializer"/> and the result is always what the column's converter gives. Lists are
/// <see cref="List{T}"/>, as the serializer creates them.
/// </summary>
internal static class FormsJsonReader
{
    private delegate bool Parser<T>(ref Utf8JsonReader reader, out T value);

    private static readonly byte[][] DependantsNames = Names("self", "spouse", "relatives", "youngRelatives", "otherEarnersRelatives", "specificRelativeEntryIds");
    private static readonly byte[][] SelfNames = Names("disability", "widow", "isSingleParent", "isWorkingStudent", "statusDetails", "householderName", "householderRelationship");
    private static readonly byte[][] PersonNames = Names(
        "entryId", "masterId", "name", "nameKana", "relationship", "birthDate", "myNumber", "address", "estimatedIncome", "disability",
        "cohabiting", "isNonResident", "nonResidentReason", "remittance", "isBusinessFamilyEmployee", "changeDate", "changeReason");
    private static readonly byte[][] MasterIdNames = Names("value");
    private static readonly byte[][] MyNumberNames = Names("state", "value");
    private static readonly byte[][] ProtectedNames = Names("ciphertext", "lookup");
    private static readonly byte[][] OtherEarnerNames = Names("person", "otherEarnerName", "otherEarnerRelationship", "otherEarnerAddress");
    private static readonly byte[][] BasicNames = Names("salaryFromOtherPayers", "otherIncome", "spouseIncome", "specificRelatives", "incomeAdjustment");
    private static readonly byte[][] SpouseIncomeNames = Names("salaryRevenue", "otherIncome");
    private static readonly byte[][] AdjustmentNames = Names("requirement", "personEntryId", "specialDisabilityFact");
    private static readonly byte[][] InsuranceNames = Names("life", "earthquake", "socialInsurance", "mutualAid");
    private static readonly byte[][] LifeNames = Names(
        "entryId", "insurerName", "insuranceKind", "category", "regime", "period", "contractorName", "beneficiaryName", "pensionStartDate", "premium", "certificate");
    private static readonly byte[][] EarthquakeNames = Names(
        "entryId", "insurerName", "insuranceKind", "kind", "period", "contractorName", "insuredPersonName", "premium", "certificate");
    private static readonly byte[][] SocialNames = Names("entryId", "kind", "payeeName", "bearerName", "premium", "certificate");
    private static readonly byte[][] MutualAidNames = Names("entryId", "kind", "amount", "certificate");
    private static readonly byte[][] CertificateNames = Names("attachmentIds", "submittedOnPaper");

    public static bool TryDependants(string json, out DependantsForm? form) => Run(json, Dependants, out form);

    public static bool TryBasic(string json, out BasicDeductionForm? form) => Run(json, Basic, out form);

    public static bool TryInsurance(string json, out InsuranceForm? form) => Run(json, Insurance, out form);

    private static bool Run<T>(string json, Parser<T?> parse, out T? value)
        where T : class
    {
        value = null;
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length));

            // A top-level null is the serializer's to answer, as is text after the value.
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !parse(ref reader, out var parsed) || reader.Read())
            {
                return false;
            }

            value = parsed;
            return true;
        }
        catch (JsonException)
        {
            // Malformed text: the serializer reports it in its own words.
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool Dependants(ref Utf8JsonReader r, out DependantsForm? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        OwnStatus? self = null;
        DeclaredPerson? spouse = null;
        List<DeclaredPerson>? relatives = null, young = null;
        List<OtherEarnerRelative>? others = null;
        List<Guid>? specific = null;
        var seen = 0;
        for (int m; (m = Next(ref r, DependantsNames, ref seen)) >= 0;)
        {
            var ok = m switch
            {
                0 => Self(ref r, out self),
                1 => Person(ref r, out spouse),
                2 => List(ref r, Person, out relatives),
                3 => List(ref r, Person, out young),
                4 => List(ref r, OtherEarner, out others),
                _ => List(ref r, GuidValue, out specific),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = seen == Done(DependantsNames) ? new DependantsForm(self!, spouse, relatives!, young!, others!, specific!) : null;
        return value is not null;
    }

    private static bool Self(ref Utf8JsonReader r, out OwnStatus? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        DisabilityLevel disability = default;
        WidowStatus widow = default;
        bool single = false, student = false;
        string? details = null, householder = null, householderRelationship = null;
        var seen = 0;
        for (int m; (m = Next(ref r, SelfNames, ref seen)) >= 0;)
        {
            var ok = m switch
            {
                0 => EnumValue(ref r, out disability),
                1 => EnumValue(ref r, out widow),
                2 => Bool(ref r, out single),
                3 => Bool(ref r, out student),
                4 => Text(ref r, out details),
                5 => Text(ref r, out householder),
                _ => Text(ref r, out householderRelationship),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = seen == Done(SelfNames) ? new OwnStatus(disability, widow, single, student, details, householder, householderRelationship) : null;
        return value is not null;
    }

    private static bool Person(ref Utf8JsonReader r, out DeclaredPerson? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        Guid entryId = default;
        FamilyMemberId? masterId = null;
        string? name = null, kana = null, address = null, changeReason = null;
        DeclaredRelationship relationship = default;
        DateOnly birthDate = default;
        DateOnly? changeDate = null;
        DeclaredMyNumber? myNumber = null;
        long income = 0, remittance = 0;
        DisabilityLevel disability = default;
        bool cohabiting = false, nonResident = false, businessFamily = false;
        NonResidentReason? reason = null;
        var seen = 0;
        for (int m; (m = Next(ref r, PersonNames, ref seen)) >= 0;)
        {
            var ok = m switch
            {
                0 => GuidValue(ref r, out entryId),
                1 => MasterId(ref r, out masterId),
                2 => Text(ref r, out name),
                3 => Text(ref r, out kana),
                4 => EnumValue(ref r, out relationship),
                5 => Date(ref r, out birthDate),
                6 => MyNumber(ref r, out myNumber),
                7 => Text(ref r, out address),
                8 => Long(ref r, out income),
                9 => EnumValue(ref r, out disability),
                10 => Bool(ref r, out cohabiting),
                11 => Bool(ref r, out nonResident),
                12 => NullableEnum(ref r, out reason),
                13 => Long(ref r, out remittance),
                14 => Bool(ref r, out businessFamily),
                15 => NullableDate(ref r, out changeDate),
                _ => Text(ref r, out changeReason),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = seen == Done(PersonNames)
            ? new DeclaredPerson(entryId, masterId, name!, kana!, relationship, birthDate, myNumber, address, income, disability, cohabiting, nonResident, reason, remittance, businessFamily, changeDate, changeReason)
            : null;
        return value is not null;
    }

    private static bool MasterId(ref Utf8JsonReader r, out FamilyMemberId? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        Guid id = default;
        var seen = 0;
        for (int m; (m = Next(ref r, MasterIdNames, ref seen)) >= 0;)
        {
            if (!GuidValue(ref r, out id))
            {
                return false;
            }
        }

        value = new FamilyMemberId(id);
        return seen == Done(MasterIdNames);
    }

    private static bool MyNumber(ref Utf8JsonReader r, out DeclaredMyNumber? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        DeclaredMyNumberState state = default;
        ProtectedMyNumber? protectedNumber = null;
        var seen = 0;
        for (int m; (m = Next(ref r, MyNumberNames, ref seen)) >= 0;)
        {
            if (!(m == 0 ? EnumValue(ref r, out state) : Protected(ref r, out protectedNumber)))
            {
                return false;
            }
        }

        value = new DeclaredMyNumber(state, protectedNumber);
        return seen == Done(MyNumberNames);
    }

    private static bool Protected(ref Utf8JsonReader r, out ProtectedMyNumber? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        byte[]? ciphertext = null;
        string? lookup = null;
        var seen = 0;
        for (int m; (m = Next(ref r, ProtectedNames, ref seen)) >= 0;)
        {
            if (!(m == 0 ? Bytes(ref r, out ciphertext) : Text(ref r, out lookup)))
            {
                return false;
            }
        }

        value = new ProtectedMyNumber(ciphertext!, lookup!);
        return seen == Done(ProtectedNames);
    }

    private static bool OtherEarner(ref Utf8JsonReader r, out OtherEarnerRelative? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        DeclaredPerson? person = null;
        string? name = null, relationship = null, address = null;
        var seen = 0;
        for (int m; (m = Next(ref r, OtherEarnerNames, ref seen)) >= 0;)
        {
            var ok = m switch
            {
                0 => Person(ref r, out person),
                1 => Text(ref r, out name),
                2 => Text(ref r, out relationship),
                _ => Text(ref r, out address),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = new OtherEarnerRelative(person!, name!, relationship!, address);
        return seen == Done(OtherEarnerNames);
    }

    private static bool Basic(ref Utf8JsonReader r, out BasicDeductionForm? value)
    {
        value = null;
        long salary = 0, otherIncome = 0;
        SpouseIncomeEstimate? spouseIncome = null;
        List<DeclaredPerson>? specific = null;
        IncomeAdjustmentClaim? adjustment = null;
        var seen = 0;
        for (int m; (m = Next(ref r, BasicNames, ref seen)) >= 0;)
        {
            var ok = m switch
            {
                0 => Long(ref r, out salary),
                1 => Long(ref r, out otherIncome),
                2 => SpouseIncome(ref r, out spouseIncome),
                3 => List(ref r, Person, out specific),
                _ => Adjustment(ref r, out adjustment),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = new BasicDeductionForm(salary, otherIncome, spouseIncome, specific!, adjustment);
        return seen == Done(BasicNames);
    }

    private static bool SpouseIncome(ref Utf8JsonReader r, out SpouseIncomeEstimate? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        long salary = 0, other = 0;
        var seen = 0;
        for (int m; (m = Next(ref r, SpouseIncomeNames, ref seen)) >= 0;)
        {
            if (!(m == 0 ? Long(ref r, out salary) : Long(ref r, out other)))
            {
                return false;
            }
        }

        value = new SpouseIncomeEstimate(salary, other);
        return seen == Done(SpouseIncomeNames);
    }

    private static bool Adjustment(ref Utf8JsonReader r, out IncomeAdjustmentClaim? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        IncomeAdjustmentRequirement requirement = default;
        Guid? person = null;
        string? fact = null;
        var seen = 0;
        for (int m; (m = Next(ref r, AdjustmentNames, ref seen)) >= 0;)
        {
            var ok = m switch
            {
                0 => EnumValue(ref r, out requirement),
                1 => NullableGuid(ref r, out person),
                _ => Text(ref r, out fact),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = new IncomeAdjustmentClaim(requirement, person, fact);
        return seen == Done(AdjustmentNames);
    }

    private static bool Insurance(ref Utf8JsonReader r, out InsuranceForm? value)
    {
        value = null;
        List<LifeInsuranceLine>? life = null;
        List<EarthquakeInsuranceLine>? earthquake = null;
        List<SocialInsuranceLine>? social = null;
        List<MutualAidLine>? mutualAid = null;
        var seen = 0;
        for (int m; (m = Next(ref r, InsuranceNames, ref seen)) >= 0;)
        {
            var ok = m switch
            {
                0 => List(ref r, Life, out life),
                1 => List(ref r, Earthquake, out earthquake),
                2 => List(ref r, Social, out social),
                _ => List(ref r, MutualAid, out mutualAid),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = new InsuranceForm(life!, earthquake!, social!, mutualAid!);
        return seen == Done(InsuranceNames);
    }

    private static bool Life(ref Utf8JsonReader r, out LifeInsuranceLine? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        Guid entryId = default;
        string? insurer = null, kind = null, period = null, contractor = null, beneficiary = null;
        LifeInsuranceCategory category = default;
        InsuranceRegime regime = default;
        DateOnly? pensionStart = null;
        long premium = 0;
        CertificateEvidence? certificate = null;
        var seen = 0;
        for (int m; (m = Next(ref r, LifeNames, ref seen)) >= 0;)
        {
            var ok = m switch
            {
                0 => GuidValue(ref r, out entryId),
                1 => Text(ref r, out insurer),
                2 => Text(ref r, out kind),
                3 => EnumValue(ref r, out category),
                4 => EnumValue(ref r, out regime),
                5 => Text(ref r, out period),
                6 => Text(ref r, out contractor),
                7 => Text(ref r, out beneficiary),
                8 => NullableDate(ref r, out pensionStart),
                9 => Long(ref r, out premium),
                _ => Certificate(ref r, out certificate),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = new LifeInsuranceLine(entryId, insurer!, kind!, category, regime, period, contractor, beneficiary, pensionStart, premium, certificate!);
        return seen == Done(LifeNames);
    }

    private static bool Earthquake(ref Utf8JsonReader r, out EarthquakeInsuranceLine? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        Guid entryId = default;
        string? insurer = null, insuranceKind = null, period = null, contractor = null, insured = null;
        EarthquakeInsuranceKind kind = default;
        long premium = 0;
        CertificateEvidence? certificate = null;
        var seen = 0;
        for (int m; (m = Next(ref r, EarthquakeNames, ref seen)) >= 0;)
        {
            var ok = m switch
            {
                0 => GuidValue(ref r, out entryId),
                1 => Text(ref r, out insurer),
                2 => Text(ref r, out insuranceKind),
                3 => EnumValue(ref r, out kind),
                4 => Text(ref r, out period),
                5 => Text(ref r, out contractor),
                6 => Text(ref r, out insured),
                7 => Long(ref r, out premium),
                _ => Certificate(ref r, out certificate),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = new EarthquakeInsuranceLine(entryId, insurer!, insuranceKind!, kind, period, contractor, insured, premium, certificate!);
        return seen == Done(EarthquakeNames);
    }

    private static bool Social(ref Utf8JsonReader r, out SocialInsuranceLine? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        Guid entryId = default;
        SocialInsuranceKind kind = default;
        string? payee = null, bearer = null;
        long premium = 0;
        CertificateEvidence? certificate = null;
        var seen = 0;
        for (int m; (m = Next(ref r, SocialNames, ref seen)) >= 0;)
        {
            var ok = m switch
            {
                0 => GuidValue(ref r, out entryId),
                1 => EnumValue(ref r, out kind),
                2 => Text(ref r, out payee),
                3 => Text(ref r, out bearer),
                4 => Long(ref r, out premium),
                _ => Certificate(ref r, out certificate),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = new SocialInsuranceLine(entryId, kind, payee!, bearer!, premium, certificate!);
        return seen == Done(SocialNames);
    }

    private static bool MutualAid(ref Utf8JsonReader r, out MutualAidLine? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        Guid entryId = default;
        MutualAidKind kind = default;
        long amount = 0;
        CertificateEvidence? certificate = null;
        var seen = 0;
        for (int m; (m = Next(ref r, MutualAidNames, ref seen)) >= 0;)
        {
            var ok = m switch
            {
                0 => GuidValue(ref r, out entryId),
                1 => EnumValue(ref r, out kind),
                2 => Long(ref r, out amount),
                _ => Certificate(ref r, out certificate),
            };
            if (!ok)
            {
                return false;
            }
        }

        value = new MutualAidLine(entryId, kind, amount, certificate!);
        return seen == Done(MutualAidNames);
    }

    private static bool Certificate(ref Utf8JsonReader r, out CertificateEvidence? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        List<Guid>? attachments = null;
        var paper = false;
        var seen = 0;
        for (int m; (m = Next(ref r, CertificateNames, ref seen)) >= 0;)
        {
            if (!(m == 0 ? List(ref r, GuidValue, out attachments) : Bool(ref r, out paper)))
            {
                return false;
            }
        }

        value = new CertificateEvidence(attachments!, paper);
        return seen == Done(CertificateNames);
    }

    // The next member of the object the reader is in, positioned on its value: its index in names; -1 at the end of
    // the object. A member that is not one of names, or comes twice, also ends the loop but spoils seen, so the
    // object is refused.
    private static int Next(ref Utf8JsonReader r, byte[][] names, ref int seen)
    {
        if (!r.Read())
        {
            seen = -1;
            return -1;
        }

        if (r.TokenType == JsonTokenType.EndObject)
        {
            return -1;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (r.ValueTextEquals(names[i]))
            {
                var bit = 1 << i;
                if ((seen & bit) != 0 || !r.Read())
                {
                    break;
                }

                seen |= bit;
                return i;
            }
        }

        seen = -1;
        return -1;
    }

    private static int Done(byte[][] names) => (1 << names.Length) - 1;

    private static bool List<T>(ref Utf8JsonReader r, Parser<T?> item, out List<T>? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = new List<T>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (!item(ref r, out var element))
            {
                return false;
            }

            list.Add(element!);
        }

        value = list;
        return r.TokenType == JsonTokenType.EndArray;
    }

    private static bool Text(ref Utf8JsonReader r, out string? value)
    {
        value = r.TokenType == JsonTokenType.String ? r.GetString() : null;
        return r.TokenType is JsonTokenType.String or JsonTokenType.Null;
    }

    private static bool Long(ref Utf8JsonReader r, out long value)
    {
        value = 0;
        return r.TokenType == JsonTokenType.Number && r.TryGetInt64(out value);
    }

    private static bool Bool(ref Utf8JsonReader r, out bool value)
    {
        value = r.TokenType == JsonTokenType.True;
        return r.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    private static bool GuidValue(ref Utf8JsonReader r, out Guid value)
    {
        value = default;
        return r.TokenType == JsonTokenType.String && r.TryGetGuid(out value);
    }

    private static bool NullableGuid(ref Utf8JsonReader r, out Guid? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var ok = GuidValue(ref r, out var id);
        value = id;
        return ok;
    }

    private static bool Bytes(ref Utf8JsonReader r, out byte[]? value)
    {
        value = null;
        return r.TokenType == JsonTokenType.Null || (r.TokenType == JsonTokenType.String && r.TryGetBytesFromBase64(out value));
    }

    // yyyy-MM-dd only, as the serializer writes a DateOnly.
    private static bool Date(ref Utf8JsonReader r, out DateOnly value)
    {
        value = default;
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || r.HasValueSequence || r.ValueSpan.Length != 10)
        {
            return false;
        }

        Span<char> text = stackalloc char[10];
        for (var i = 0; i < 10; i++)
        {
            text[i] = (char)r.ValueSpan[i];
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static bool NullableDate(ref Utf8JsonReader r, out DateOnly? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var ok = Date(ref r, out var date);
        value = date;
        return ok;
    }

    // By a member's exact name only (letters and digits, as JsonStringEnumConverter writes it); a number, a flags list
    // or another spelling goes to the serializer.
    private static bool EnumValue<TEnum>(ref Utf8JsonReader r, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || r.HasValueSequence)
        {
            return false;
        }

        var span = r.ValueSpan;
        if (span.Length is 0 or > 64 || !char.IsAsciiLetter((char)span[0]))
        {
            return false;
        }

        Span<char> text = stackalloc char[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit((char)span[i]))
            {
                return false;
            }

            text[i] = (char)span[i];
        }

        return Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value);
    }

    private static bool NullableEnum<TEnum>(ref Utf8JsonReader r, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var ok = EnumValue<TEnum>(ref r, out var parsed);
        value = parsed;
        return ok;
    }

    private static byte[][] Names(params string[] names) => [.. names.Select(Encoding.UTF8.GetBytes)];
}
