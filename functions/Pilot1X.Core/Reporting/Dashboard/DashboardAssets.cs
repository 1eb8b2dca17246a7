namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// The page's only style sheet and script, inlined under the response's nonce. The script filters rows by their
/// <c>data-*</c> codes and unhides one institution's detail; it never reads or writes markup, only attributes and text.
/// </summary>
internal static class DashboardAssets
{
    public const string Style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;margin:0;color:#222;background:#f6f7f9}
        header,main,footer{max-width:1280px;margin:0 auto;padding:0 16px}
        header h1{font-size:22px;margin:16px 0 4px}
        section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px 16px;margin:12px 0}
        h2{font-size:18px;margin:4px 0 10px}
        h3{font-size:15px;margin:14px 0 6px}
        .figures{display:flex;gap:12px;list-style:none;padding:0;margin:8px 0 12px;flex-wrap:wrap}
        .figure{border-radius:6px;padding:8px 16px;min-width:110px;border:1px solid #ccd}
        .figure-label{display:block;font-size:13px}
        .figure-value{display:block;font-size:28px;font-weight:bold}
        table{border-collapse:collapse;font-size:13px}
        th,td{border:1px solid #d0d4da;padding:4px 6px;text-align:left;vertical-align:top}
        thead th{background:#eef1f5}
        .scroll{overflow-x:auto}
        .st{display:inline-block;border-radius:3px;padding:1px 5px;margin:1px 2px;white-space:nowrap}
        .st-ok,.status-complete{background:#d7f0d9;color:#1b5e20}
        .st-invalid,.status-incomplete{background:#ffe9b3;color:#7a4d00}
        .st-missing,.status-none{background:#fbd3d3;color:#8e1b1b}
        .st-na{background:#e6e6e6;color:#555}
        .status{border-radius:3px;padding:1px 5px;white-space:nowrap}
        .filters{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
        .filters select{margin-right:12px}
        .counter{font-weight:bold}
        button.name{background:none;border:none;color:#0b57d0;cursor:pointer;font:inherit;padding:0;text-align:left;text-decoration:underline}
        .detail{border:2px solid #0b57d0;border-radius:6px;padding:8px 12px;margin:8px 0}
        .details{border:none;background:none;padding:0}
        .file{word-break:break-all}
        tr.replaced{color:#777}
        .sev-error{color:#8e1b1b;font-weight:bold}
        .sev-warning{color:#7a4d00}
        .chart svg{width:100%;max-width:760px;height:auto}
        details.why summary{color:#0b57d0;cursor:pointer}
        details.why p{margin:4px 0}
        [hidden]{display:none !important}
        """;

    public const string Script = """
        (function () {
          'use strict';
          var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-row]'));
          var filters = { level: 'filter-level', sampled: 'filter-sampled', status: 'filter-status' };
          var shown = document.getElementById('shown-count');
          function matches(row) {
            return Object.keys(filters).every(function (key) {
              var value = document.getElementById(filters[key]).value;
              return value === '' || row.getAttribute('data-' + key) === value;
            });
          }
          function apply() {
            var count = 0;
            rows.forEach(function (row) {
              var visible = matches(row);
              row.hidden = !visible;
              if (visible) { count += 1; }
            });
            shown.textContent = String(count);
          }
          function showDetail(id) {
            document.querySelectorAll('.detail').forEach(function (detail) { detail.hidden = detail.id !== id; });
            var target = document.getElementById(id);
            if (target) { target.focus(); target.scrollIntoView({ block: 'start' }); }
          }
          Object.keys(filters).forEach(function (key) {
            document.getElementById(filters[key]).addEventListener('change', apply);
          });
          document.querySelectorAll('button[data-detail]').forEach(function (button) {
            button.addEventListener('click', function () { showDetail(button.getAttribute('data-detail')); });
          });
          document.querySelectorAll('button[data-close]').forEach(function (button) {
            button.addEventListener('click', function () { button.closest('.detail').hidden = true; });
          });
          apply();
        }());
        """;
}
