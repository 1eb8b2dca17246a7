using Pilot1X.Core.Checking;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckInputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pilot1x-input-").FullName;

    [Fact]
    public void A_folder_is_walked_recursively_in_a_stable_order_with_its_folder_names_innermost_first()
    {
        var school = Directory.CreateDirectory(Path.Combine(_root, "湖北交通职业技术学院", "扫描件")).FullName;
        File.WriteAllBytes(Path.Combine(school, "b.pdf"), [1]);
        File.WriteAllBytes(Path.Combine(school, "a.pdf"), [1]);

        var inputs = CheckInput.FromPaths([_root]).ToList();

        Assert.Equal(["a.pdf", "b.pdf"], inputs.Select(i => Path.GetFileName(i.DisplayPath)));
        Assert.Equal(["扫描件", "湖北交通职业技术学院", Path.GetFileName(_root)], inputs[0].Folders);
    }

    [Fact]
    public void Names_on_disk_are_shown_without_obeying_control_or_bidi_characters()
    {
        var path = Path.Combine(_root, "总结报告\u202Excod.docx");
        File.WriteAllBytes(path, [1]);

        var input = Assert.Single(CheckInput.FromPaths([_root]));

        Assert.DoesNotContain('\u202E', input.DisplayPath);
        Assert.Contains("[U+202E]", input.DisplayPath, StringComparison.Ordinal);
        using var content = input.Open();
        Assert.Equal(1, content.Length);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
