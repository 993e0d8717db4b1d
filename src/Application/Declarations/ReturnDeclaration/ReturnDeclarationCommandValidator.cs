using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.ReturnDeclaration;

public sealed class ReturnDeclarationCommandValidator : AbstractValidator<ReturnDeclarationCommand>
{
    public const int CommentMaxLength = 1000;

    public ReturnDeclarationCommandValidator()
    {
        RuleFor(c => c.TaxYear).SupportedTaxYear();
        RuleFor(c => c.DeclarationId).NotEmpty();
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0);
        RuleFor(c => c.Comments)
            .Must(comments => comments is { Count: > 0 } && comments.All(c => c is not null && !string.IsNullOrWhiteSpace(c.Text)))
            .WithMessage(_ => Messages.Get(MessageKeys.DeclarationCommentsRequired));
        RuleForEach(c => c.Comments).ChildRules(comment =>
        {
            comment.RuleFor(c => c.Text).MaximumLength(CommentMaxLength)
                .WithMessage(_ => Messages.Get(MessageKeys.DeclarationCommentTooLong, CommentMaxLength));
            comment.RuleFor(c => c.FieldPath).NotNull().MaximumLength(DeclarationChange.PathMaxLength)
                .WithMessage(_ => Messages.Get(MessageKeys.DeclarationCommentPathUnknown));
        }).When(c => c.Comments is not null);
    }
}
