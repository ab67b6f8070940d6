package org.instarelay.subscriptions;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("PostFilter: which posts a subscription takes")
class PostFilterTest {
    private static PostFilter filter(String only, String skip, String kinds) {
        FilterParse parsed = PostFilter.parse(only, skip, kinds);
        if (parsed instanceof FilterParse.Valid valid) {
            return valid.filter();
        }
        throw new AssertionError("expected valid options, got " + parsed);
    }

    private static FilterDecision photo(PostFilter filter, String caption) {
        return filter.decide(caption, MediaKind.IMAGE, "FEED", null);
    }

    private static boolean onlyPasses(String only, String caption) {
        return photo(filter(only, null, null), caption).passed();
    }

    @Nested
    @DisplayName("only")
    class Only {
        @ParameterizedTest(name = "only \"{0}\" on \"{1}\" passes: {2}")
        @CsvSource(delimiter = '|', value = {
                "#wvu      | Big win tonight #wvu                 | true",
                "#wvu      | Big win tonight #WVU!                | true",
                "#WVU      | #wvu.                                | true",
                "#wvu      | Big win tonight #wvufootball         | false",
                "#wvu      | wvu without the hash                 | false",
                "#wvu      | go#wvu                               | true",
                "football  | Football season starts               | true",
                "football  | (football) and more                  | true",
                "football  | football's back                      | true",
                "football  | football, basketball                 | true",
                "football  | #football                            | true",
                "football  | #wvufootball is trending             | false",
                "football  | footballs everywhere                 | false",
                "football  | soccerfootball                       | false",
                "wvu       | #wvufootball                         | false",
        })
        void hashtagsAndWordsMatchWholeAndIgnoreCase(String only, String caption, boolean passes) {
            // GIVEN a subscription with only:<only>
            // WHEN a photo with that caption comes
            // THEN it passes exactly when the whole tag or word is there
            assertEquals(passes, onlyPasses(only, caption));
        }

        @ParameterizedTest(name = "only \"{0}\" on \"{1}\" passes: {2}")
        @CsvSource(delimiter = '|', value = {
                "café      | Morning at the CAFÉ                  | true",
                "café      | cafés are open                       | false",
                "#müller   | Tor für #Müller                      | true",
                "#müller   | #müllerthomas                        | false",
                "über      | Über alles                           | true",
                "#straße   | #STRASSE                             | false",
        })
        void lettersOfAnyScriptCountAsLetters(String only, String caption, boolean passes) {
            // GIVEN words with accents; a letter after the word (é, ü) continues it like a-z would
            // WHEN / THEN
            assertEquals(passes, onlyPasses(only, caption));
        }

        @Test
        @DisplayName("an accent typed as a combining mark matches the same accent typed as one letter")
        void normalisationDoesNotHideAMatch() {
            // GIVEN only:café written with é (U+00E9)
            // WHEN the caption writes e + U+0301
            // THEN it matches
            assertTrue(onlyPasses("caf\u00e9", "Morning at the cafe\u0301 today"));
        }

        @Test
        @DisplayName("any one of several words is enough, and the decision names it")
        void severalWords() {
            // GIVEN only with words separated by spaces and commas
            PostFilter filter = filter("#gameday, football  ,basketball", null, null);

            // WHEN / THEN
            FilterDecision decision = photo(filter, "Basketball tonight");
            assertTrue(decision.passed());
            assertEquals(FilterOption.ONLY, decision.option());
            assertEquals("basketball", decision.detail());
            assertEquals("passed (only: basketball)", decision.describe());
            FilterDecision none = photo(filter, "Volleyball tonight");
            assertFalse(none.passed());
            assertEquals("left out (only: none of #gameday, football, basketball)", none.describe());
        }

        @Test
        @DisplayName("a post without a caption holds no word: only leaves it out, skip lets it through")
        void nullCaption() {
            // GIVEN a post with no caption
            // WHEN only or skip is set
            FilterDecision withOnly = photo(filter("#wvu", null, null), null);
            FilterDecision withSkip = photo(filter(null, "#ad", null), null);

            // THEN
            assertFalse(withOnly.passed());
            assertEquals("left out (only: none of #wvu (no caption))", withOnly.describe());
            assertTrue(withSkip.passed());
            assertEquals(FilterDecision.PASSED, withSkip);
        }
    }

    @Nested
    @DisplayName("skip")
    class Skip {
        @Test
        @DisplayName("a caption holding a skip word is left out, with the word as the reason")
        void skipLeavesOut() {
            // GIVEN skip:#ad, sponsored
            PostFilter filter = filter(null, "#ad sponsored", null);

            // WHEN / THEN
            FilterDecision ad = photo(filter, "New jerseys! #AD");
            assertFalse(ad.passed());
            assertEquals(FilterOption.SKIP, ad.option());
            assertEquals("#ad", ad.detail());
            assertEquals("left out (skip: #ad)", ad.describe());
            assertTrue(photo(filter, "New jerseys #adidas").passed(), "#ad is not #adidas");
            assertFalse(photo(filter, "Sponsored: new jerseys").passed());
        }

        @Test
        @DisplayName("with only and skip together, skip wins")
        void onlyAndSkipTogether() {
            // GIVEN only:#wvu and skip:#ad
            PostFilter filter = filter("#wvu", "#ad", null);

            // WHEN / THEN
            assertTrue(photo(filter, "#wvu wins").passed());
            assertEquals("left out (skip: #ad)", photo(filter, "#wvu wins, brought to you by #ad").describe());
            assertEquals("left out (only: none of #wvu)", photo(filter, "A quiet day").describe());
        }
    }

    @Nested
    @DisplayName("kinds and trial reels")
    class Kinds {
        @ParameterizedTest(name = "kinds {0}: image {1}, album {2}, feed video {3}, reel {4}")
        @CsvSource({
                "all,      true,  true,  true,  true",
                "photos,   true,  true,  false, false",
                "videos,   false, false, true,  true",
                "reels,    false, false, false, true",
                "no-reels, true,  true,  true,  false",
                "NO-REELS, true,  true,  true,  false",
        })
        void eachChoice(String kinds, boolean image, boolean album, boolean video, boolean reel) {
            // GIVEN a subscription with that kinds choice
            PostFilter filter = filter(null, null, kinds);

            // WHEN each kind of post comes
            // THEN it passes as the choice says
            assertEquals(image, filter.decide("x", MediaKind.IMAGE, "FEED", null).passed());
            assertEquals(album, filter.decide("x", MediaKind.ALBUM, "FEED", null).passed());
            assertEquals(video, filter.decide("x", MediaKind.VIDEO, "FEED", null).passed());
            assertEquals(reel, filter.decide("x", MediaKind.VIDEO, "REELS", true).passed());
        }

        @Test
        @DisplayName("the reason for a kind left out names the choice and the kind of post")
        void kindsReason() {
            FilterDecision decision = filter(null, null, "photos").decide("x", MediaKind.VIDEO, "REELS", true);

            assertEquals(FilterOption.KINDS, decision.option());
            assertEquals("left out (kinds: photos only; this is a reel)", decision.describe());
        }

        @Test
        @DisplayName("a trial reel never passes, whatever the options; an unknown sharedToFeed is no trial")
        void trialReels() {
            // GIVEN the most permissive options, and options the reel would pass
            for (PostFilter filter : new PostFilter[] {PostFilter.NONE, filter("#wvu", null, "reels")}) {
                // WHEN a reel not shared to the feed comes
                FilterDecision decision = filter.decide("#wvu", MediaKind.VIDEO, "REELS", false);

                // THEN it is left out as a trial reel
                assertFalse(decision.passed());
                assertEquals(FilterOption.TRIAL_REEL, decision.option());
                assertEquals("left out (trial reel: not shown on the profile grid)", decision.describe());
            }
            assertTrue(PostFilter.NONE.decide("#wvu", MediaKind.VIDEO, "REELS", null).passed());
            assertTrue(PostFilter.NONE.decide("x", MediaKind.VIDEO, "FEED", false).passed(),
                    "is_shared_to_feed matters for reels only");
        }

        @Test
        @DisplayName("a post of unknown product type counts as no reel")
        void unknownProductType() {
            assertTrue(filter(null, null, "no-reels").decide("x", MediaKind.VIDEO, null, null).passed());
            assertFalse(filter(null, null, "reels").decide("x", MediaKind.VIDEO, null, null).passed());
        }
    }

    @Nested
    @DisplayName("reading the options")
    class Parsing {
        private FilterProblem onlyProblem(String only, String skip, String kinds) {
            FilterParse parsed = PostFilter.parse(only, skip, kinds);
            assertTrue(parsed instanceof FilterParse.Invalid, "expected a problem, got " + parsed);
            return ((FilterParse.Invalid) parsed).problems().get(0);
        }

        @Test
        @DisplayName("options left out mean every post; the filter reads back as typed, repeats dropped")
        void readBack() {
            assertEquals("all posts", filter(null, null, null).toString());
            assertEquals("all posts", filter(null, null, " ").toString());
            PostFilter filter = filter("#WVU, football, #wvu, (football)", "#ad", "Reels");
            assertEquals("#WVU, football", filter.only().orElseThrow());
            assertEquals("only: #WVU, football · skip: #ad · kinds: reels", filter.toString());
            assertEquals(KindsChoice.REELS, filter.kinds());
        }

        @Test
        @DisplayName("an option with no word in it says what to type")
        void emptyAfterParsing() {
            FilterProblem problem = onlyProblem(" , ,", null, null);
            assertEquals("only", problem.option());
            assertTrue(problem.message().contains("give at least one word or hashtag"), problem.message());
            assertTrue(problem.message().contains("leave only out"), problem.message());
            assertEquals("\"!!!\" has no letters or digits; remove it.", onlyProblem(null, "#ad !!!", null).message());
        }

        @Test
        @DisplayName("more than 100 words, or a word over 100 characters, is refused with the limit")
        void limits() {
            String many = String.join(" ", java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(i -> "w" + i).toList());
            assertTrue(onlyProblem(many, null, null).message().startsWith("at most 100 words or hashtags, and this has 101"));
            assertTrue(PostFilter.parse(many.substring(0, many.lastIndexOf(' ')), null, null) instanceof FilterParse.Valid);
            String longWord = "a".repeat(101);
            assertTrue(onlyProblem(null, longWord, null).message().contains("is 101 characters long"));
            assertTrue(PostFilter.parse(null, "a".repeat(100), null) instanceof FilterParse.Valid);
        }

        @Test
        @DisplayName("a hashtag Instagram could not make, and an unknown kinds value, are explained")
        void badHashtagAndKinds() {
            assertTrue(onlyProblem("#wvu-football", null, null).message().startsWith("\"#wvu-football\" is not a hashtag"));
            assertTrue(onlyProblem("#", null, null).message().contains("no letters or digits"));
            FilterProblem kinds = onlyProblem(null, null, "gifs");
            assertEquals("kinds", kinds.option());
            assertEquals("\"gifs\" is not a choice; use one of all, photos, videos, reels, no-reels.", kinds.message());
        }

        @Test
        @DisplayName("every unusable option is reported at once")
        void allProblemsTogether() {
            FilterParse parsed = PostFilter.parse(",", "#a-b", "gifs");
            assertEquals(3, ((FilterParse.Invalid) parsed).problems().size());
        }
    }
}
