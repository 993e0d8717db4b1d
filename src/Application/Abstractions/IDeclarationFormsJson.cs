using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// The declaration forms from their stored JSON columns, exactly as the persistence mapping reads them (ADR 0055). A
/// whole-year reader takes the columns as text on the database thread and turns them into forms on another thread,
/// where the JSON work no longer holds up the next read.
/// </summary>
public interface IDeclarationFormsJson
{
    DeclarationForms Read(string dependants, string basic, string insurance, string? housingLoan);
}
