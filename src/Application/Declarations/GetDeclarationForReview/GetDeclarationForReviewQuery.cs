using Mediator;

namespace YearEndAdjustment.Application.Declarations.GetDeclarationForReview;

/// <summary>
/// One declaration for the reviewer's screen. Opening a submitted one starts the review (the employee can no longer
/// withdraw it), and every opening is written to the audit trail, by ids only.
/// </summary>
public sealed record GetDeclarationForReviewQuery(int TaxYear, Guid DeclarationId) : IQuery<DeclarationReviewDto>;
