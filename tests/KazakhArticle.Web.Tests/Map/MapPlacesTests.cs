using KazakhArticle.Core.Annotations;
using KazakhArticle.Web.Components.Reading.Map;

namespace KazakhArticle.Web.Tests.Map;

public sealed class MapPlacesTests
{
    private static readonly MapProjection Projection = new();

    private static Entity Place(string id, string english, string arabic, double latitude, double longitude) => new(
        id,
        EntityKind.Place,
        new Localized(new Dictionary<string, string> { ["ar"] = arabic, ["en"] = english }),
        new Dictionary<string, IReadOnlyList<string>> { ["ar"] = [arabic], ["en"] = [english] },
        new Localized(new Dictionary<string, string> { ["ar"] = "مكان.", ["en"] = "A place." }),
        new GeoPoint(latitude, longitude));

    private static readonly Entity Tengiz = Place("tengiz", "Tengiz", "تنغيز", 46.15, 53.38);
    private static readonly Entity Kashagan = Place("kashagan", "Kashagan", "كاشاغان", 46.17, 51.58);
    private static readonly Entity Almaty = Place("almaty", "Almaty", "ألماتي", 43.24, 76.89);
    private static readonly Entity Vostochny = Place("vostochny", "Vostochny", "فوستوتشني", 51.88, 128.33);
    private static readonly Entity Paris = Place("paris", "Paris", "باريس", 48.86, 2.35);

    private static readonly Entity Kazakhstan = new(
        "kazakhstan",
        EntityKind.Place,
        new Localized(new Dictionary<string, string> { ["ar"] = "كازاخستان", ["en"] = "Kazakhstan" }),
        new Dictionary<string, IReadOnlyList<string>> { ["ar"] = ["كازاخستان"], ["en"] = ["Kazakhstan"] },
        new Localized(new Dictionary<string, string> { ["ar"] = "بلد.", ["en"] = "A country." }));

    private static IReadOnlyList<MapPlace> Of(string language, params Entity[] entities) =>
        MapPlaces.Of(new ArticleAnnotations(entities, [], [], []), Projection, language);

    [Fact]
    public void Only_places_with_coordinates_are_placed_in_the_order_of_their_names_in_the_interface_language()
    {
        Assert.Equal(["almaty", "kashagan", "tengiz"], Of("en", Tengiz, Kazakhstan, Almaty, Kashagan).Select(p => p.Entity.Id));
        // ألماتي, تنغيز, كاشاغان
        Assert.Equal(["almaty", "tengiz", "kashagan"], Of("ar", Tengiz, Kazakhstan, Almaty, Kashagan).Select(p => p.Entity.Id));
    }

    [Fact]
    public void A_name_goes_east_of_its_dot_unless_a_place_sits_just_east_of_it()
    {
        var places = Of("en", Tengiz, Kashagan, Almaty).ToDictionary(p => p.Entity.Id);

        Assert.Equal(LabelSide.West, places["kashagan"].Side);
        Assert.Equal(LabelSide.East, places["tengiz"].Side);
        Assert.Equal(LabelSide.East, places["almaty"].Side);
        // Alone, Kashagan's name has room east of it.
        Assert.Equal(LabelSide.East, Of("en", Kashagan).Single().Side);
    }

    [Fact]
    public void A_name_near_the_east_edge_goes_west()
    {
        Assert.Equal(LabelSide.West, Of("en", Vostochny).Single().Side);
    }

    [Fact]
    public void A_place_beyond_the_frame_is_listed_but_not_drawn()
    {
        var places = Of("en", Paris, Almaty).ToDictionary(p => p.Entity.Id);

        Assert.Null(places["paris"].At);
        Assert.NotNull(places["almaty"].At);
    }
}
