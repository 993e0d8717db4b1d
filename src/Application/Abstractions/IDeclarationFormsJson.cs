using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// The declaration forms from their stored JSON columns, exactly as the persistence mapping reads them (ADR 0055). A
/// whole-year reader takes the columns as text on the database thread and turns them into forms on another thread,
/// where the JSON work no longer holds up the next read.
/// </summary>
public interface IDeclarationFormsJson
{
    /// <summary>
    /// The four forms from their stored texts. With <paramref name="memo"/>, a form whose text it has seen is not parsed
    /// again (ADR 0057): many declarations of a year hold the same text for a form (no other income, no housing loan,
    /// no dependants), and forms are immutable records, so sharing one instance is safe.
    /// </summary>
    DeclarationForms Read(string dependants, string basic, string insurance, string? housingLoan, ParsedFormsMemo? memo = null);
}
