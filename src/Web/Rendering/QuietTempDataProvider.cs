using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace YearEndAdjustment.Web.Rendering;

/// <summary>
/// The cookie temp-data provider answers every page that reads temp data (the home page reads its notice) with a
/// header deleting the temp-data cookie, even when the browser sent none. This one skips that empty delete; a
/// cookie that was sent, or a value to keep, is still handled by the framework's provider.
/// </summary>
public sealed class QuietTempDataProvider(ITempDataProvider inner, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    private readonly string _cookieName = options.Value.Cookie.Name!;

    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(_cookieName))
        {
            return;
        }

        inner.SaveTempData(context, values);
    }
}
