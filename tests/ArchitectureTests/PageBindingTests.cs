using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace YearEndAdjustment.ArchitectureTests;

/// <summary>
/// Razor Pages puts the page's own name in the route value "page", and route values are bound before the query string:
/// a property bound by <see cref="BindPropertyAttribute"/> under that name never sees "?page=2" and adds a binding
/// error on every view. A list's page number is bound from the query only (<c>[FromQuery(Name = "page")]</c>).
/// </summary>
public sealed class PageBindingTests
{
    [Fact]
    public void NoPageModelProperty_IsBoundFromAllSourcesUnderTheNamePage()
    {
        var offenders = typeof(Web.Pages.Admin.Declarations.ListModel).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is { } bind
                && string.Equals(bind.Name ?? p.Name, "page", StringComparison.OrdinalIgnoreCase)
                && p.GetCustomAttributes().OfType<IBindingSourceMetadata>().All(s => s.BindingSource != BindingSource.Query))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(offenders);
        Assert.Contains(typeof(Web.Pages.Admin.Declarations.ListModel).GetProperties(), p => p.GetCustomAttribute<FromQueryAttribute>()?.Name == "page");
    }
}
