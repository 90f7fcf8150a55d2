using System.ComponentModel.DataAnnotations;

namespace Anknytning.Web.Features.ReadingLists.Editor;

/// <summary>What the list form sends: title, note, and the chosen sections as "lesson-id/section-id".</summary>
public sealed class ListInput
{
    [Required(ErrorMessage = "Required"), StringLength(ListLimits.Title, ErrorMessage = "StringLength")]
    [Display(Name = "ListTitle")]
    public string Title { get; set; } = "";

    [StringLength(ListLimits.Note, ErrorMessage = "StringLength")]
    [Display(Name = "ListNote")]
    public string? Note { get; set; }

    public List<string> Sections { get; set; } = [];
}
