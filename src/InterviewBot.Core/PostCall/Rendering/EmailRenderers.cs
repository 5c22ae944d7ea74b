using System.Text;
using InterviewBot.Core.PostCall.Email;

namespace InterviewBot.Core.PostCall.Rendering;

/// <summary>Renders the thank-you draft as <c>email.md</c> and as <c>email.eml</c> (RFC 5322, opens as an unsent draft).</summary>
public static class EmailRenderers
{
    public static string Markdown(ThankYouEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return $"**To:** {email.To}  \n**Subject:** {email.Subject}\n\n{email.Body}";
    }

    /// <summary>
    /// A draft message: no From or Date (the mail client fills them), <c>X-Unsent: 1</c> so Outlook opens it
    /// for editing, a UTF-8 body in quoted-printable, and RFC 2047 encoding for non-ASCII headers.
    /// </summary>
    public static string Eml(ThankYouEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var eml = new StringBuilder()
            .Append("To: ").Append(EncodeHeader(email.To)).Append(" <>\r\n")
            .Append("Subject: ").Append(EncodeHeader(email.Subject)).Append("\r\n")
            .Append("X-Unsent: 1\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: quoted-printable\r\n")
            .Append("\r\n")
            .Append(QuotedPrintable(email.Body));
        return eml.ToString();
    }

    private static string EncodeHeader(string value) =>
        value.All(c => c is >= ' ' and <= '~') ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";

    /// <summary>RFC 2045 quoted-printable: lines under 76 characters, CRLF line ends, non-ASCII bytes as =XX.</summary>
    private static string QuotedPrintable(string text)
    {
        var output = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var length = 0;
            var bytes = Encoding.UTF8.GetBytes(line);
            for (var i = 0; i < bytes.Length; i++)
            {
                var b = bytes[i];
                var last = i == bytes.Length - 1;
                var literal = b is >= 33 and <= 126 && b != '=' || (b == ' ' && !last);
                var piece = literal ? ((char)b).ToString() : $"={b:X2}";
                if (length + piece.Length > 75)
                {
                    output.Append("=\r\n");
                    length = 0;
                }
                output.Append(piece);
                length += piece.Length;
            }
            output.Append("\r\n");
        }
        return output.ToString();
    }
}
