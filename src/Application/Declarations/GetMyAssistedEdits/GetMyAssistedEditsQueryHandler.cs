using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Declarations.GetMyAssistedEdits;

// Only the account's own employee's declaration, never one named by the request.
public sealed class GetMyAssistedEditsQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetMyAssistedEditsQuery, MyAssistedEditsDto>
{
    public async ValueTask<MyAssistedEditsDto> Handle(GetMyAssistedEditsQuery query, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);
        var declaration = await MyDeclarations.RequireAsync(db, employeeId, query.TaxYear, cancellationToken);
        if (!declaration.HasAssistedEditsPending)
        {
            return new MyAssistedEditsDto(declaration.Version, []);
        }

        var edits = await (
                from c in db.DeclarationChanges.AsNoTracking()
                where c.DeclarationId == declaration.Id && c.IsAssisted && c.ConfirmedAtUtc == null
                join a in db.Accounts.AsNoTracking() on c.ActorAccountId equals a.Id into actors
                from a in actors.DefaultIfEmpty()
                orderby c.OccurredAtUtc, c.Id
                select new AssistedEditDto(c.Path, c.OldValue, c.NewValue, a == null ? "" : a.DisplayName, c.OccurredAtUtc))
            .ToListAsync(cancellationToken);
        return new MyAssistedEditsDto(declaration.Version, edits);
    }
}
