using Microsoft.AspNetCore.Identity;

namespace Anknytning.Web.Features.Account;

/// <summary>A person who has signed up: a parent, or later a health visitor. Identity keeps the password hash.</summary>
public sealed class UserAccount : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }
}
