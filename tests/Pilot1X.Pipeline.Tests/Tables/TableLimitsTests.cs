using Azure.Data.Tables;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Tests.Tables;

public sealed class TableLimitsTests
{
    [Fact]
    public void A_string_property_over_32K_characters_is_refused_before_sending()
    {
        var entity = new TableEntity("p", "r") { ["Text"] = new string('字', TableLimits.MaxStringChars + 1) };
        var ex = Assert.Throws<TableLimitException>(() => TableLimits.Validate(entity, "Sections"));
        Assert.Contains("Text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_property_of_exactly_32K_characters_is_accepted()
    {
        var entity = new TableEntity("p", "r") { ["Text"] = new string('字', TableLimits.MaxStringChars) };
        Assert.True(TableLimits.Validate(entity, "Sections") > 64 * 1024);
    }

    [Fact]
    public void Shortened_text_fits_the_limit_ends_in_an_ellipsis_and_never_splits_a_surrogate_pair()
    {
        var text = "主题" + string.Concat(Enumerable.Repeat("𠀀", 20));

        var shortened = TableLimits.Shorten(text, 10);

        Assert.Equal("主题𠀀𠀀𠀀…", shortened);
        Assert.Equal("短", TableLimits.Shorten("短", 10));
        Assert.Null(TableLimits.Shorten(null, 10));
    }

    [Fact]
    public void An_entity_over_1_MiB_is_refused_even_when_each_property_fits()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 20; i++)
        {
            entity["Part" + i] = new string('字', 30_000);
        }

        var ex = Assert.Throws<TableLimitException>(() => TableLimits.Validate(entity, "Documents"));
        Assert.Contains("1 MiB", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unencoded_keys_with_forbidden_characters_or_over_512_characters_are_refused()
    {
        Assert.Throws<TableLimitException>(() => TableLimits.Validate(new TableEntity("a/b", "r"), "Status"));
        Assert.Throws<TableLimitException>(() => TableLimits.Validate(new TableEntity("p", "a#b"), "Status"));
        Assert.Throws<TableLimitException>(() => TableLimits.Validate(new TableEntity(new string('x', 513), "r"), "Status"));
    }

    [Fact]
    public void More_than_252_properties_are_refused()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 253; i++)
        {
            entity["P" + i] = i;
        }

        Assert.Throws<TableLimitException>(() => TableLimits.Validate(entity, "Documents"));
    }

    [Fact]
    public void Batches_hold_at_most_100_operations_of_one_partition()
    {
        var entities = Enumerable.Range(0, 250).Select(i => new TableEntity("a", i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(Enumerable.Range(0, 3).Select(i => new TableEntity("b", i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Cast<ITableEntity>()
            .ToList();

        var batches = TableWriter.Plan(entities, "Findings");

        Assert.Equal([100, 100, 50, 3], batches.Select(b => b.Count));
        Assert.All(batches, b => Assert.Single(b.Select(e => e.PartitionKey).Distinct()));
    }

    [Fact]
    public void Large_entities_are_split_into_batches_under_the_4_MiB_payload_limit()
    {
        var entities = Enumerable.Range(0, 40)
            .Select(i => new TableEntity("a", i.ToString(System.Globalization.CultureInfo.InvariantCulture)) { ["Text"] = new string('字', 30_000) })
            .Cast<ITableEntity>()
            .ToList();

        var batches = TableWriter.Plan(entities, "Sections");

        Assert.True(batches.Count > 1);
        Assert.All(batches, b => Assert.True(b.Sum(e => TableLimits.Validate(e, "Sections")) <= TableLimits.MaxBatchBytes / 2));
    }

    [Fact]
    public void The_same_row_twice_in_one_batch_is_refused()
    {
        ITableEntity[] entities = [new TableEntity("a", "1"), new TableEntity("a", "1")];
        Assert.Throws<TableLimitException>(() => TableWriter.Plan(entities, "Findings"));
    }
}
