namespace Anknytning.Web.Features.ReadingLists.Editor;

/// <summary>The model of the shared list form: what was typed and chosen.</summary>
public sealed record ListFormView(ListInput Input);
