using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Outputs;

namespace YearEndAdjustment.Application.Outputs.Support;

/// <summary>Decrypts the numbers a tax-office copy or the 統一CSV prints. Callers check ViewMyNumber and audit first.</summary>
public sealed class SlipMyNumberReader(IMyNumberProtector protector)
{
    // The recipient's number from the master, the named persons' from the declaration (the numbers they declared).
    public async Task<SlipMyNumbers> ReadAsync(LoadedSlip loaded, CancellationToken cancellationToken)
    {
        var recipient = loaded.MyNumberCiphertext is { } own ? (await protector.UnprotectAsync(own, cancellationToken)).RevealDigits() : null;
        var declared = new Dictionary<Guid, byte[]>();
        var dependants = loaded.Forms.Dependants;
        IEnumerable<DeclaredPerson> persons = [.. dependants.Spouse is { } spouse ? [spouse] : Array.Empty<DeclaredPerson>(), .. dependants.Relatives, .. dependants.YoungRelatives, .. loaded.Forms.Basic.SpecificRelatives];
        foreach (var person in persons)
        {
            if (person.MyNumber is { State: DeclaredMyNumberState.Provided, Value: { } value })
            {
                declared[person.EntryId] = value.Ciphertext;
            }
        }

        var slip = loaded.Slip;
        IEnumerable<SlipPerson> named = [.. slip.Spouse is { } s ? [s] : Array.Empty<SlipPerson>(), .. slip.Dependants, .. slip.YoungDependants, .. slip.OverflowDependants, .. slip.OverflowYoungDependants];
        var numbers = new Dictionary<Guid, string>();
        foreach (var person in named.DistinctBy(p => p.EntryId))
        {
            if (declared.TryGetValue(person.EntryId, out var ciphertext))
            {
                numbers[person.EntryId] = (await protector.UnprotectAsync(ciphertext, cancellationToken)).RevealDigits();
            }
        }

        return new SlipMyNumbers(recipient, numbers);
    }
}
