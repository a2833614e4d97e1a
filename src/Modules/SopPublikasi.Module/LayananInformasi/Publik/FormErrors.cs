using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>Puts the desk's field-keyed errors (<see cref="Common.InputException"/>) beside the form's fields.</summary>
public static class FormErrors
{
    /// <param name="fields">The form's own field names (property names); a key naming one lands beside it, others on top.</param>
    public static void Add(ModelStateDictionary state, IDictionary<string, string[]> errors, string prefix, IReadOnlyCollection<string> fields)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (key, messages) in errors)
        {
            var name = key.Split('.', '[').First();
            var field = fields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
            foreach (var message in messages)
            {
                state.AddModelError(field is null ? string.Empty : prefix + field, message);
            }
        }
    }
}
