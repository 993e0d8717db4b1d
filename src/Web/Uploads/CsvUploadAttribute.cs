using Microsoft.AspNetCore.Mvc.Filters;

namespace YearEndAdjustment.Web.Uploads;

/// <summary>Marks a page that receives a CSV upload: its size limits and antiforgery check are <see cref="CsvUploadFilter"/>'s.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CsvUploadAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public bool IsReusable => true;

    /// <summary>After the automatic antiforgery filter (1000), so this filter is the page's effective antiforgery policy.</summary>
    public int Order => 1001;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) => serviceProvider.GetRequiredService<CsvUploadFilter>();
}
