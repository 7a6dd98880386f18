using Microsoft.AspNetCore.Http;

namespace Pages.Tests.Infrastructure;

/// <summary>Hand-written components shaped like generated code.</summary>
internal static class TestComponents
{
    public sealed class Card : Component<Card.Props>
    {
        public sealed record Props(string Title);

        protected override async ValueTask<IResult?> RenderAsync(HtmlWriter __w)
        {
            BeginTemplate();
            __w.WriteLiteral("<div class=\"card\"><h2>"u8);
            __w.Write(props.Title);
            __w.WriteLiteral("</h2>"u8);
            if (Slots.Has("footer"))
            {
                await Slots.WriteAsync("footer", __w);
            }
            else
            {
                __w.WriteLiteral("<p>no footer</p>"u8);
            }

            await Slots.WriteAsync("", __w);
            __w.WriteLiteral("</div>"u8);
            return null;
        }
    }

    public sealed class PageWithCard : Page
    {
        protected override async ValueTask<IResult?> RenderAsync(HtmlWriter __w)
        {
            string who = "Ada & co";
            BeginTemplate();
            __w.WriteLiteral("<main>"u8);
            await new Card().RenderComponentAsync(__w, this, new Card.Props("Hi <there>"), new SlotSet()
                .Add("", w => { w.WriteLiteral("<p>by "u8); w.Write(who); w.WriteLiteral("</p>"u8); return default; }));
            __w.WriteLiteral("</main>"u8);
            return null;
        }
    }

    public sealed class RequestEcho : Page
    {
        protected override IResult? Render(HtmlWriter __w)
        {
            BeginTemplate();
            __w.Write(Url.ToString());
            __w.WriteLiteral("|"u8);
            __w.Write(Site?.ToString());
            __w.WriteLiteral("|"u8);
            __w.Write(Params["missing"] ?? "null");
            return null;
        }
    }
}
