using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Web.Pages;

/// <summary>Turns the application's expected failures into form errors, so a bad input re-shows the form with reasons.</summary>
public static class PageErrors
{
    /// <summary>Runs <paramref name="action"/>; true when it succeeded, false when its errors were added to the form.</summary>
    public static async Task<bool> TryAsync(this ModelStateDictionary modelState, Func<Task> action, string? prefix = null)
    {
        try
        {
            await action();
            return true;
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                modelState.AddModelError(Key(prefix, error.PropertyName), error.ErrorMessage);
            }
        }
        catch (DomainRuleViolationException ex)
        {
            // The Domain's text is Japanese; the code's translation follows the request's UI language.
            modelState.AddModelError("", Messages.Get(ex));
        }
        catch (ForbiddenException ex)
        {
            modelState.AddModelError("", ex.Message);
        }

        return false;
    }

    private static string Key(string? prefix, string property) =>
        string.IsNullOrEmpty(prefix) || string.IsNullOrEmpty(property) ? property : $"{prefix}.{property}";
}
