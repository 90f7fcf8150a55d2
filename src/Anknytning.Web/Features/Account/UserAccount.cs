using Microsoft.AspNetCore.Identity;

namespace Anknytning.Web.Features.Account;

/// <summary>A person who has signed up: a parent, or later a health visitor. Identity keeps the password hash.</summary>
public sealed class UserAccount : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The expected due date, if the parent has given it: journal entries are then labelled "vecka 28".</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>The baby's birth date, if given: entries written after it are labelled with the baby's age.</summary>
    public DateOnly? BirthDate { get; set; }
}
