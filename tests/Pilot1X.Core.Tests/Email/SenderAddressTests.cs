using System.Text;

namespace Pilot1X.Core.Tests.Email;

public sealed class SenderAddressTests
{
    private static readonly string PythonFrom = "=?utf-8?b?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("教务处 王老师 <Wang@hbjt.edu.cn>")) + "?=";

    [Fact]
    public void A_from_written_as_one_encoded_word_is_decoded_then_parsed_into_name_and_address()
    {
        var envelope = MailTestReader.Envelope(Mail(("From", PythonFrom)));

        Assert.Equal("wang@hbjt.edu.cn", envelope.FromAddress);
        Assert.Equal("教务处 王老师", envelope.FromName);
        Assert.Equal("wang@hbjt.edu.cn", envelope.ReplyAddress);
    }

    [Theory]
    [InlineData("Reply-To", "教务处 <office@hbjt.edu.cn>")]
    [InlineData("Sender", "office@hbjt.edu.cn")]
    [InlineData("Return-Path", "<office@hbjt.edu.cn>")]
    public void An_undeliverable_from_falls_back_to_the_next_header_that_names_a_deliverable_address(string header, string value)
    {
        var envelope = MailTestReader.Envelope(Mail(("From", "a..b@c.cn"), (header, value)));

        Assert.Equal("a..b@c.cn", envelope.FromAddress);
        Assert.Equal("office@hbjt.edu.cn", envelope.ReplyAddress);
    }

    [Fact]
    public void A_mail_naming_nobody_deliverable_has_no_reply_address()
    {
        Assert.Null(MailTestReader.Envelope(Mail(("From", "a..b@c.cn"), ("Return-Path", "<>"))).ReplyAddress);
    }

    [Fact]
    public void A_deliverable_from_wins_over_reply_to()
    {
        Assert.Equal("jwc@hbjt.edu.cn", MailTestReader.Envelope(Mail(("From", "JWC@hbjt.edu.cn"), ("Reply-To", "office@hbjt.edu.cn"))).ReplyAddress);
    }

    private static byte[] Mail(params (string Name, string Value)[] headers) => Encoding.ASCII.GetBytes(
        string.Concat(headers.Select(h => $"{h.Name}: {h.Value}\r\n")) + "Subject: test\r\nMessage-ID: <s@hbjt.edu.cn>\r\n\r\nhello\r\n");
}
