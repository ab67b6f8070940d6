package org.instarelay.subscriptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The filters of one subscription: which posts of the account go to its channel. Made from the
 * options' text with {@link #parse}; asked about a post with {@link #decide}. Takes plain values
 * so that it needs nothing from the store or Instagram code.
 *
 * <p>Checks in this order, and the first that leaves a post out is the reason given:
 * <ol>
 *   <li>a trial reel (product type REELS, not shared to the feed) is never posted;</li>
 *   <li>{@code kinds} (see {@link KindsChoice});</li>
 *   <li>{@code skip}: left out when the caption holds any of its words or hashtags, even when
 *       {@code only} would let it through (a team that says "skip #ad" means it);</li>
 *   <li>{@code only}: passes when the caption holds any of its words or hashtags; a post without
 *       a caption holds none.</li>
 * </ol>
 * See {@link FilterTerm} for how words and hashtags match.
 */
public final class PostFilter {
    /** No options: every post except trial reels passes. */
    public static final PostFilter NONE = new PostFilter(null, null, KindsChoice.ALL);

    private static final String PRODUCT_REELS = "REELS";

    private final FilterTerms only;
    private final FilterTerms skip;
    private final KindsChoice kinds;

    private PostFilter(FilterTerms only, FilterTerms skip, KindsChoice kinds) {
        this.only = only;
        this.skip = skip;
        this.kinds = kinds;
    }

    /**
     * Reads the options as typed. Null (or, for {@code kinds}, blank) means the option was left
     * out; an {@code only} or {@code skip} that is given but holds no word is a problem.
     */
    public static FilterParse parse(String only, String skip, String kinds) {
        List<FilterProblem> problems = new ArrayList<>();
        Optional<FilterTerms> onlyTerms = only == null ? Optional.empty() : FilterTerms.parse("only", only, problems);
        Optional<FilterTerms> skipTerms = skip == null ? Optional.empty() : FilterTerms.parse("skip", skip, problems);
        KindsChoice choice = KindsChoice.ALL;
        if (kinds != null && !kinds.isBlank()) {
            Optional<KindsChoice> typed = KindsChoice.of(kinds);
            if (typed.isEmpty()) {
                problems.add(new FilterProblem("kinds", "\"" + kinds.strip() + "\" is not a choice; use one of "
                        + KindsChoice.choices() + "."));
            } else {
                choice = typed.get();
            }
        }
        if (!problems.isEmpty()) {
            return new FilterParse.Invalid(problems);
        }
        return new FilterParse.Valid(new PostFilter(onlyTerms.orElse(null), skipTerms.orElse(null), choice));
    }

    /**
     * Whether a post goes out under these options.
     *
     * @param caption      the post's caption, or null if it has none
     * @param kind         what the post holds
     * @param productType  Instagram's media_product_type (FEED, REELS, STORY, AD), or null if unknown
     * @param sharedToFeed Instagram's is_shared_to_feed for reels, or null if unknown (then the reel
     *                     counts as shown on the grid: Instagram leaves it out for older reels)
     */
    public FilterDecision decide(String caption, MediaKind kind, String productType, Boolean sharedToFeed) {
        boolean reel = PRODUCT_REELS.equalsIgnoreCase(productType);
        if (reel && Boolean.FALSE.equals(sharedToFeed)) {
            return FilterDecision.leftOut(FilterOption.TRIAL_REEL, "not shown on the profile grid");
        }
        if (!kinds.admits(kind, reel)) {
            return FilterDecision.leftOut(FilterOption.KINDS, kinds.value() + " only; this is " + describe(kind, reel));
        }
        String folded = caption == null ? "" : FilterTerm.fold(caption);
        if (skip != null) {
            Optional<FilterTerm> found = skip.firstFoundIn(folded);
            if (found.isPresent()) {
                return FilterDecision.leftOut(FilterOption.SKIP, found.get().text());
            }
        }
        if (only != null) {
            return only.firstFoundIn(folded)
                    .map(t -> FilterDecision.passedBecause(FilterOption.ONLY, t.text()))
                    .orElseGet(() -> FilterDecision.leftOut(FilterOption.ONLY,
                            "none of " + only + (caption == null ? " (no caption)" : "")));
        }
        return FilterDecision.PASSED;
    }

    private static String describe(MediaKind kind, boolean reel) {
        if (reel) {
            return "a reel";
        }
        return switch (kind) {
            case IMAGE -> "a photo";
            case VIDEO -> "a video";
            case ALBUM -> "an album";
        };
    }

    /** The {@code only} option as it reads back ("#wvu, football"), or empty if not set. */
    public Optional<String> only() {
        return Optional.ofNullable(only).map(FilterTerms::toString);
    }

    /** The {@code skip} option as it reads back, or empty if not set. */
    public Optional<String> skip() {
        return Optional.ofNullable(skip).map(FilterTerms::toString);
    }

    public KindsChoice kinds() {
        return kinds;
    }

    /** "only: #wvu · skip: #ad · kinds: reels", or "all posts", for {@code status}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        only().ifPresent(o -> parts.add("only: " + o));
        skip().ifPresent(s -> parts.add("skip: " + s));
        if (kinds != KindsChoice.ALL) {
            parts.add("kinds: " + kinds.value());
        }
        return parts.isEmpty() ? "all posts" : String.join(" · ", parts);
    }
}
