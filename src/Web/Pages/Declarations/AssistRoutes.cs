using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>
/// Assisted entry (ADR 0041): every page of the employee's flow gets a second route under
/// <c>/admin/declarations/{year}/{declarationId}/assist/…</c>, so the admin walks through the same pages and page
/// models. The mode follows from the route value alone; the application layer checks the admin's rights on each call.
/// </summary>
public static class AssistRoutes
{
    public const string Prefix = "admin/declarations";
    public const string Segment = "assist";
    public const string DeclarationIdKey = "declarationId";
    public const string FlowRootKey = "FlowRoot";
    public const string EmployeeNameKey = "AssistedEmployee";
    public const string FieldCommentsKey = "FieldComments";

    private const string EmployeePrefix = "declarations/{year:int}";

    /// <summary>Adds the assisted twin of each flow route (the employee's own route stays first).</summary>
    public static void Add(PageRouteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        // The employee's confirmation of assisted edits is theirs alone; so is importing their own e-certificates
        // (the certificate names the policyholder, who must be the signed-in employee).
        if (model.ViewEnginePath is "/Declarations/AssistedEdits" or "/Declarations/Certificates")
        {
            return;
        }

        foreach (var selector in model.Selectors.ToList())
        {
            var template = selector.AttributeRouteModel?.Template;
            if (template is null || !template.StartsWith(EmployeePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = template[EmployeePrefix.Length..];
            model.Selectors.Add(new SelectorModel
            {
                AttributeRouteModel = new AttributeRouteModel
                {
                    Template = $"{Prefix}/{{year:int}}/{{{DeclarationIdKey}:guid}}/{Segment}{rest}",
                },
            });
        }
    }
}
