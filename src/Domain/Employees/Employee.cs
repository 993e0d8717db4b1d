using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Employees;

/// <summary>
/// One employee of a tenant (Y-01), keyed inside the tenant by <see cref="EmployeeNumber"/>. The My Number is held
/// only as ciphertext plus a keyed lookup value; family members live inside the aggregate because they are
/// only ever read and changed with their employee (扶養控除等申告書).
/// </summary>
public sealed class Employee : AggregateRoot, ITenantOwned
{
    private readonly List<FamilyMember> _familyMembers = [];

    private Employee()
    {
        Number = null!;
        Name = null!;
        NameKana = null!;
        NameSearch = "";
        KanaSearch = "";
    }

    public EmployeeId Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public EmployeeNumber Number { get; private set; }

    public string Name { get; private set; }

    public string NameKana { get; private set; }

    /// <summary><see cref="Name"/> as <see cref="NameSearchKey"/>: what name searches compare by prefix.</summary>
    public string NameSearch { get; private set; }

    /// <summary><see cref="NameKana"/> as <see cref="NameSearchKey"/>.</summary>
    public string KanaSearch { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public Gender Gender { get; private set; }

    public string? PostalCode { get; private set; }

    public string? Address { get; private set; }

    public DateOnly HireDate { get; private set; }

    public DateOnly? LeaveDate { get; private set; }

    public string? DepartmentCode { get; private set; }

    public string? DepartmentName { get; private set; }

    public string? Email { get; private set; }

    /// <summary>提出先市町村コード (see <see cref="Employees.MunicipalityCode"/>); null until the admin sets it.</summary>
    public string? MunicipalityCode { get; private set; }

    /// <summary>
    /// 役員 (法人税法2条15号): decides which 法定調書 threshold applies to the slip (所得税法施行規則93条; NTA Tax Answer
    /// No.7411: officers over 1,500,000 adjusted / 500,000 leavers). False until the admin says otherwise (ADR 0052).
    /// </summary>
    public bool IsOfficer { get; private set; }

    /// <summary>AES-GCM ciphertext under the tenant's data key; null when no number is registered.</summary>
    public byte[]? MyNumberCiphertext { get; private set; }

    /// <summary>Keyed HMAC of the number: finds duplicates and unchanged numbers without decrypting.</summary>
    public string? MyNumberLookup { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<FamilyMember> FamilyMembers => _familyMembers;

    public bool HasMyNumber => MyNumberCiphertext is not null;

    /// <summary>The current master data as one value.</summary>
    public EmployeeProfile Profile => EmployeeProfile.Create(
        Name, NameKana, BirthDate, Gender, PostalCode, Address, HireDate, LeaveDate, DepartmentCode, DepartmentName, Email);

    public static Employee Register(TenantId tenantId, EmployeeNumber number, EmployeeProfile profile, DateTime nowUtc)
    {
        if (tenantId == TenantId.None)
        {
            throw new DomainRuleViolationException("employee.tenant_required", "社員はテナントに属する必要があります。");
        }

        var employee = new Employee
        {
            Id = EmployeeId.New(),
            TenantId = tenantId,
            Number = number,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
            Version = 1,
        };
        employee.Apply(profile);
        return employee;
    }

    /// <summary>Replaces the master data; returns which fields changed (none: nothing happens, not even a new version).</summary>
    public EmployeeFields UpdateProfile(EmployeeProfile profile, DateTime nowUtc)
    {
        var changed = profile.DifferencesFrom(Profile);
        if (changed != EmployeeFields.None)
        {
            Apply(profile);
            Touch(nowUtc);
        }

        return changed;
    }

    /// <summary>Registers or replaces the number; a number equal to the stored one (same lookup) changes nothing.</summary>
    public bool SetMyNumber(ProtectedMyNumber myNumber, DateTime nowUtc)
    {
        if (string.Equals(MyNumberLookup, myNumber.Lookup, StringComparison.Ordinal))
        {
            return false;
        }

        if (_familyMembers.Any(m => string.Equals(m.MyNumberLookup, myNumber.Lookup, StringComparison.Ordinal)))
        {
            throw SameNumberInFamily();
        }

        MyNumberCiphertext = myNumber.Ciphertext;
        MyNumberLookup = myNumber.Lookup;
        Touch(nowUtc);
        return true;
    }

    /// <summary>Sets or clears the municipality code; false (and no new version) when it is unchanged.</summary>
    public bool SetMunicipalityCode(string? code, DateTime nowUtc)
    {
        code = string.IsNullOrEmpty(code) ? null : code;
        if (Employees.MunicipalityCode.Check(code) is { } problem)
        {
            throw new DomainRuleViolationException("employee.municipality_code_invalid", problem);
        }

        if (string.Equals(MunicipalityCode, code, StringComparison.Ordinal))
        {
            return false;
        }

        MunicipalityCode = code;
        Touch(nowUtc);
        return true;
    }

    /// <summary>Marks or unmarks the employee as an officer; false (and no new version) when it is unchanged.</summary>
    public bool SetOfficer(bool isOfficer, DateTime nowUtc)
    {
        if (IsOfficer == isOfficer)
        {
            return false;
        }

        IsOfficer = isOfficer;
        Touch(nowUtc);
        return true;
    }

    /// <summary>Forgets the number (保管制限と廃棄: delete once no longer needed).</summary>
    public void ClearMyNumber(DateTime nowUtc)
    {
        if (MyNumberCiphertext is null)
        {
            return;
        }

        MyNumberCiphertext = null;
        MyNumberLookup = null;
        Touch(nowUtc);
    }

    /// <summary>Whether the employee has left by the given Japan date: a 退職日 before that day.</summary>
    public bool HasLeftBy(DateOnly todayInJapan) => LeaveDate is { } leave && leave < todayInJapan;

    /// <summary>
    /// a leaver's user ID is disabled on the 退職日 itself (the service sheet's "ID disable for leavers"), so
    /// the sign-in ends on or before that day, while the master still lists the person as current until it passes.
    /// </summary>
    public static bool SignInEndedBy(DateOnly? leaveDate, DateOnly todayInJapan) => leaveDate is { } leave && leave <= todayInJapan;

    public FamilyMember AddFamilyMember(FamilyMemberDetails details, DateTime nowUtc)
    {
        var member = FamilyMember.Create(details);
        _familyMembers.Add(member);
        Touch(nowUtc);
        return member;
    }

    /// <summary>Replaces a family member's details; returns which fields changed (none: not even a new version).</summary>
    public FamilyMemberFields UpdateFamilyMember(FamilyMemberId id, FamilyMemberDetails details, DateTime nowUtc)
    {
        var changed = FindFamilyMember(id).Update(details);
        if (changed != FamilyMemberFields.None)
        {
            Touch(nowUtc);
        }

        return changed;
    }

    /// <summary>Registers or replaces a family member's number; the number already stored (same lookup) changes nothing.</summary>
    public bool SetFamilyMemberMyNumber(FamilyMemberId id, ProtectedMyNumber myNumber, DateTime nowUtc)
    {
        // One person, one number: a relative cannot carry the employee's number or another relative's (typing slips).
        if (string.Equals(MyNumberLookup, myNumber.Lookup, StringComparison.Ordinal)
            || _familyMembers.Any(m => m.Id != id && string.Equals(m.MyNumberLookup, myNumber.Lookup, StringComparison.Ordinal)))
        {
            throw SameNumberInFamily();
        }

        if (!FindFamilyMember(id).SetMyNumber(myNumber))
        {
            return false;
        }

        Touch(nowUtc);
        return true;
    }

    private static DomainRuleViolationException SameNumberInFamily() => new(
        "employee.my_number_repeated_in_family", "同じ個人番号が本人と家族（または家族どうし）に入力されています。番号を確かめてください。");

    /// <summary>Forgets a family member's number (保管制限と廃棄); false when none was stored.</summary>
    public bool ClearFamilyMemberMyNumber(FamilyMemberId id, DateTime nowUtc)
    {
        if (!FindFamilyMember(id).ClearMyNumber())
        {
            return false;
        }

        Touch(nowUtc);
        return true;
    }

    public void RemoveFamilyMember(FamilyMemberId id, DateTime nowUtc)
    {
        _familyMembers.Remove(FindFamilyMember(id));
        Touch(nowUtc);
    }

    /// <summary>
    /// Brings the family in the master in line with an approved declaration (Y-05): each declared person updates the
    /// master row it was carried over from, or the row with the same birth date and name or reading (so a re-approval
    /// after a reopen, or a person typed in again, is not added twice), or is added; a row ended earlier is resumed.
    /// A master row the declaration does not list is left as it is: the flow does not carry the master's family into the
    /// declaration, so an omission is not evidence that the person left the household — ending is the admin's explicit
    /// act in the master. A My Number is set only from a protected number in the declaration: one left off (記載省略),
    /// wrong or blank keeps what the master holds.
    /// </summary>
    public IReadOnlyList<FamilyMasterChange> ApplyDeclaredFamily(IReadOnlyList<DeclaredFamilyMember> declared, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var changes = new List<FamilyMasterChange>();
        var matched = new HashSet<FamilyMemberId>();
        foreach (var person in declared)
        {
            var member = Match(person, matched);
            FamilyMemberFields fields;
            FamilyMasterChangeKind kind;
            if (member is null)
            {
                member = FamilyMember.Create(person.Details);
                _familyMembers.Add(member);
                (kind, fields) = (FamilyMasterChangeKind.Added, FamilyMemberFields.None);
            }
            else
            {
                fields = member.Update(person.Details);
                if (member.Resume())
                {
                    fields |= FamilyMemberFields.Ended;
                }

                kind = FamilyMasterChangeKind.Updated;
            }

            matched.Add(member.Id);
            if (person.MyNumber is { } number)
            {
                if (string.Equals(MyNumberLookup, number.Lookup, StringComparison.Ordinal)
                    || _familyMembers.Any(m => m.Id != member.Id && string.Equals(m.MyNumberLookup, number.Lookup, StringComparison.Ordinal)))
                {
                    throw SameNumberInFamily();
                }

                if (member.SetMyNumber(number) && kind == FamilyMasterChangeKind.Updated)
                {
                    fields |= FamilyMemberFields.MyNumber;
                }
            }

            if (kind == FamilyMasterChangeKind.Added || fields != FamilyMemberFields.None)
            {
                changes.Add(new FamilyMasterChange(kind, member.Id, fields));
            }
        }

        if (changes.Count > 0)
        {
            Touch(nowUtc);
        }

        return changes;
    }

    private FamilyMember? Match(DeclaredFamilyMember person, HashSet<FamilyMemberId> matched)
    {
        if (person.MasterId is { } id && _familyMembers.FirstOrDefault(m => m.Id == id && !matched.Contains(m.Id)) is { } linked)
        {
            return linked;
        }

        var name = NameSearchKey.Of(person.Details.Name);
        var kana = NameSearchKey.Of(person.Details.NameKana);
        return _familyMembers
            .Where(m => !matched.Contains(m.Id) && m.BirthDate == person.Details.BirthDate)
            .OrderBy(m => m.IsCurrent ? 0 : 1)
            .FirstOrDefault(m => NameSearchKey.Of(m.Name) == name || NameSearchKey.Of(m.NameKana) == kana);
    }

    public FamilyMember FindFamilyMember(FamilyMemberId id) =>
        _familyMembers.FirstOrDefault(m => m.Id == id)
        ?? throw new DomainRuleViolationException("employee.family_member_not_found", "指定された家族が見つかりません。");

    private void Apply(EmployeeProfile profile)
    {
        Name = profile.Name;
        NameKana = profile.NameKana;
        NameSearch = NameSearchKey.Of(profile.Name);
        KanaSearch = NameSearchKey.Of(profile.NameKana);
        BirthDate = profile.BirthDate;
        Gender = profile.Gender;
        PostalCode = profile.PostalCode;
        Address = profile.Address;
        HireDate = profile.HireDate;
        LeaveDate = profile.LeaveDate;
        DepartmentCode = profile.DepartmentCode;
        DepartmentName = profile.DepartmentName;
        Email = profile.Email;
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version++;
    }
}
