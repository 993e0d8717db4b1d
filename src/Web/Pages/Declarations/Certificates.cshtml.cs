using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Declarations.ImportMyCertificates;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>Y-08: the employee uploads XML deduction certificates (or the マイナポータル ZIP); each contract becomes an
/// insurance line marked certified, which the employee then checks on the insurance page.</summary>
[TenantRequired]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class CertificatesModel(ISender sender) : PageModel
{
    private const long MaxRequestBytes = 8 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public ImportCertificatesResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        var streams = new List<Stream>();
        try
        {
            var uploads = new List<CertificateUpload>();
            foreach (var file in files)
            {
                var stream = file.OpenReadStream();
                streams.Add(stream);
                uploads.Add(new CertificateUpload(Path.GetFileName(file.FileName), file.Length, stream));
            }

            await ModelState.TryAsync(async () => Result = await sender.Send(new ImportMyCertificatesCommand(Year, uploads), cancellationToken));
            return Page();
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }
}
