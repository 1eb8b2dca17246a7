using System.Xml;

namespace Pilot1X.Core.Formats;

/// <summary>
/// An <see cref="XmlReader"/> over an Office part that refuses elements nested deeper than the budget allows: the parser
/// keeps state for every open element, so a few bytes per level (<c>&lt;a&gt;&lt;a&gt;…</c>) would otherwise cost far more
/// memory than the part's size. <see cref="XmlReader.Skip"/> and subtree readers go through <see cref="Read"/>, so
/// skipped content is checked too.
/// </summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner, OfficePackageBudget budget) : XmlReader
{
    public override XmlNodeType NodeType => inner.NodeType;

    public override string LocalName => inner.LocalName;

    public override string NamespaceURI => inner.NamespaceURI;

    public override string Prefix => inner.Prefix;

    public override string Value => inner.Value;

    public override bool HasValue => inner.HasValue;

    public override int Depth => inner.Depth;

    public override string BaseURI => inner.BaseURI;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override int AttributeCount => inner.AttributeCount;

    public override bool EOF => inner.EOF;

    public override ReadState ReadState => inner.ReadState;

    public override XmlNameTable NameTable => inner.NameTable;

    public override bool CanReadValueChunk => inner.CanReadValueChunk;

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override int ReadValueChunk(char[] buffer, int index, int count) => inner.ReadValueChunk(buffer, index, count);

    public override void ResolveEntity() => inner.ResolveEntity();

    public override bool Read()
    {
        var read = inner.Read();
        if (read && inner.NodeType == XmlNodeType.Element)
        {
            budget.CheckNesting(inner.Depth);
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
