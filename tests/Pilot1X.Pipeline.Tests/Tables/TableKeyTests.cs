using Azure.Data.Tables;
using Pilot1X.Pipeline.Tables;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Tables;

[Collection(AzuriteGroup.Name)]
public sealed class TableKeyTests(AzuriteFixture azurite)
{
    [Fact]
    public void Chinese_names_stay_readable()
    {
        Assert.Equal("湖北十堰职业技术（集团）学校", TableKey.Encode("湖北十堰职业技术（集团）学校"));
    }

    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a\\b", "a%5Cb")]
    [InlineData("案例#1?", "案例%231%3F")]
    [InlineData("50%", "50%25")]
    [InlineData("tab\tnew\nline", "tab%09new%0Aline")]
    [InlineData("del\u007f", "del%7F")]
    public void Forbidden_and_control_characters_are_escaped(string name, string expected)
    {
        Assert.Equal(expected, TableKey.Encode(name));
    }

    [Fact]
    public void Escaping_keeps_distinct_names_distinct()
    {
        Assert.NotEqual(TableKey.Encode("a/b"), TableKey.Encode("a%2Fb"));
    }

    [Fact]
    public void Long_names_are_cut_to_512_characters_and_end_in_a_hash_that_keeps_them_distinct()
    {
        var one = new string('湖', 600) + "一";
        var two = new string('湖', 600) + "二";
        var encodedOne = TableKey.Encode(one);
        var encodedTwo = TableKey.Encode(two);
        Assert.Equal(TableLimits.MaxKeyChars, encodedOne.Length);
        Assert.True(encodedTwo.Length <= TableLimits.MaxKeyChars);
        Assert.NotEqual(encodedOne, encodedTwo);
        Assert.Matches("~[0-9a-f]{64}$", encodedOne);
    }

    [Fact]
    public async Task Encoded_keys_of_hostile_names_round_trip_through_table_storage()
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("Keys" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var name = "武汉/职业#技术?学院\\\t" + new string('长', 700);
        var entity = new TableEntity(TableKey.Encode(name), TableKey.Encode("总结报告.docx|1"));
        TableLimits.Validate(entity, table.Name);

        await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync<TableEntity>(entity.PartitionKey, entity.RowKey);

        Assert.Equal(entity.PartitionKey, read.Value.PartitionKey);
    }
}
