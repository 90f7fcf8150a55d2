using System.Security.Claims;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Anknytning.Web.Features.ReadingLists;

/// <summary>
/// Who is a health visitor (BVC-sjuksköterska, sundhedsplejerske): an Identity role, granted only from the command
/// line. It is read from the database on each request that needs it, never from the sign-in cookie, so a grant or a
/// revoke takes effect at once, also for a visitor who is signed in right now.
/// </summary>
public sealed class HealthVisitors(AppDbContext db)
{
    public const string Role = "HealthVisitor";

    /// <summary>The policy on the list editor's pages.</summary>
    public const string Policy = "HealthVisitor";

    private static readonly string NormalizedRole = Role.ToUpperInvariant();

    public Task<bool> IsHealthVisitorAsync(string userId, CancellationToken ct = default) =>
        db.UserRoles.AsNoTracking().AnyAsync(
            ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == NormalizedRole), ct);

    public async Task<bool> IsHealthVisitorAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && await IsHealthVisitorAsync(userId, ct);
}

public sealed class HealthVisitorRequirement : IAuthorizationRequirement;

/// <summary>Lets a request through the editor's policy only when its account holds the role right now.</summary>
public sealed class HealthVisitorCheck(HealthVisitors visitors) : AuthorizationHandler<HealthVisitorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, HealthVisitorRequirement requirement)
    {
        if (await visitors.IsHealthVisitorAsync(context.User))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// <c>health-visitor grant|revoke &lt;email&gt;</c>: the only way to give or take the role. It runs instead of the
/// site, against the same database (SQLite in WAL mode lets it write while the site runs), prints one line and exits.
/// </summary>
public static class HealthVisitorCommand
{
    public const string Name = "health-visitor";

    public static Task<int> RunAsync(WebApplication app, string[] args) => RunAsync(app.Services, args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        if (args is not [Name, "grant" or "revoke", { Length: > 0 } email])
        {
            await errors.WriteLineAsync($"Usage: {Name} grant|revoke <email>");
            return 2;
        }

        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var account = await users.FindByEmailAsync(email.Trim());
        if (account is null)
        {
            await errors.WriteLineAsync($"No account has the address {email}; the person signs up on the site first.");
            return 1;
        }

        var granting = args[1] == "grant";
        var message = granting ? await GrantAsync(scope.ServiceProvider, users, account) : await RevokeAsync(users, account);
        await output.WriteLineAsync(message);
        return 0;
    }

    private static async Task<string> GrantAsync(IServiceProvider services, UserManager<UserAccount> users, UserAccount account)
    {
        if (await users.IsInRoleAsync(account, HealthVisitors.Role))
        {
            return $"{account.Email} is already a health visitor.";
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(HealthVisitors.Role))
        {
            Succeeded(await roles.CreateAsync(new IdentityRole(HealthVisitors.Role)));
        }

        Succeeded(await users.AddToRoleAsync(account, HealthVisitors.Role));
        return $"{account.Email} is now a health visitor.";
    }

    private static async Task<string> RevokeAsync(UserManager<UserAccount> users, UserAccount account)
    {
        if (!await users.IsInRoleAsync(account, HealthVisitors.Role))
        {
            return $"{account.Email} was not a health visitor.";
        }

        Succeeded(await users.RemoveFromRoleAsync(account, HealthVisitors.Role));
        return $"{account.Email} is no longer a health visitor.";
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
