using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Outputs.GetMySlip;

/// <summary>The employee is the account's, never taken from the request; the employee copy's renderer cannot take a My Number.</summary>
public sealed class GetMySlipQueryHandler(IAppDbContext db, ICurrentUser currentUser, SlipLoader loader, IWithholdingSlipPdfRenderer renderer)
    : IQueryHandler<GetMySlipQuery, SlipFile>
{
    public async ValueTask<SlipFile> Handle(GetMySlipQuery query, CancellationToken cancellationToken)
    {
        var employeeId = await currentUser.FindEmployeeAsync(db, cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.DeclarationNoEmployee);
        var loaded = await loader.LoadAsync(employeeId, query.TaxYear, publishedOnly: true, cancellationToken);
        using var output = new MemoryStream();
        renderer.RenderEmployeeCopy(loaded.Slip, output);
        return new SlipFile(output.ToArray(), HasMyNumbers: false);
    }
}
