namespace YearEndAdjustment.Domain.Outputs;

// The decrypted numbers the tax-office copy prints (forms-and-formats.md §5.1): the recipient's and the named
// persons' by declaration entry. Built only by an application handler that checked the My Number permission and
// wrote the audit entry; the employee copy's rendering has no parameter for it.
public sealed record SlipMyNumbers(string? Recipient, IReadOnlyDictionary<Guid, string> Persons)
{
    public string? For(SlipPerson person) => Persons.TryGetValue(person.EntryId, out var number) ? number : null;
}
