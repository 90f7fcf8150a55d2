using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Anknytning.Web.Features.Account;

public static partial class AccountMail
{
    /// <summary>
    /// SMTP when Mail:Host is set; otherwise the logging sender, which shows the link in Development and warns
    /// elsewhere. The settings are checked at start when a host is set, so a typo stops the app, not a reset.
    /// </summary>
    public static IServiceCollection AddAccountMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration("Mail")
            .ValidateDataAnnotations()
            .Validate(
                o => string.IsNullOrWhiteSpace(o.Host) || MailboxAddress.TryParse(o.FromAddress, out _),
                "Mail:FromAddress must be a mail address when Mail:Host is set")
            .ValidateOnStart();
        services.AddSingleton<LoggedEmailSender>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender<UserAccount>>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<MailOptions>>().Value.Host)
                ? sp.GetRequiredService<LoggedEmailSender>()
                : sp.GetRequiredService<SmtpEmailSender>());
        services.AddHostedService<NoMailWarning>();
        return services;
    }

    /// <summary>One clear line at start in Production, rather than a quiet one per reset that nobody reads.</summary>
    private sealed partial class NoMailWarning(IOptions<MailOptions> options, IHostEnvironment environment, ILogger<NoMailWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (environment.IsProduction() && string.IsNullOrWhiteSpace(options.Value.Host))
            {
                LogNoMail();
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Mail:Host is not set: password-reset mail is NOT sent. Set the Mail settings (docs/operations.md)")]
        private partial void LogNoMail();
    }
}
