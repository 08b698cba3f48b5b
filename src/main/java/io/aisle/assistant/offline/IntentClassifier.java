package io.aisle.assistant.offline;

import io.aisle.assistant.internal.SearchFilters;
import io.aisle.catalog.Category;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rule-based understanding of a customer message: keyword patterns in a fixed order of precedence
 * (a policy question about orders is a policy question; "add X to my cart" is about X, not the cart),
 * then the words that are left name the product.
 */
final class IntentClassifier {

    private static final Pattern GREETING = Pattern.compile(
            "^(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|thanks|thank you|cheers)\\b[\\s,!.]*");
    private static final Pattern POLICY = Pattern.compile("\\b(return|returns|refund|refunds|cancel|cancell?ation"
            + "|shipping|ship|ships|postage|delivery (cost|fee|time|take)|how long does delivery|pay|payment|payments"
            + "|card|cards|paypal|charged?|policy|policies|exchange|warranty)\\b");
    private static final Pattern ORDER = Pattern.compile(
            "\\b(my orders?|orders?\\s*(#|no\\.?|number)?\\s*\\d+|track|tracking|package|parcel|where is my|"
                    + "when will (it|my)|has my|order status|status of my|my last order|my purchase)");
    private static final Pattern ORDER_NUMBER = Pattern.compile("(?:order|#|no\\.?|number)\\s*#?\\s*(\\d{1,18})");
    private static final Pattern ADD = Pattern.compile("\\b(add|put)\\b");
    private static final Pattern CART = Pattern.compile("\\b(cart|basket|trolley)\\b");
    private static final Pattern COMPARE = Pattern.compile("\\b(compare|comparison|vs\\.?|versus|difference between"
            + "|which is better|better:?)\\b");
    private static final Pattern PRICE_STOCK = Pattern.compile("\\b(how much|price|prices|priced|cost|costs|stock"
            + "|available|availability|left|how many|sold out|in store)\\b");
    private static final Pattern RECOMMEND = Pattern.compile("\\b(recommend|recommendation|recommendations|suggest"
            + "|suggestion|suggestions|gift|present|popular|top rated|best|ideas?|what should i)\\b");
    private static final Pattern FIND = Pattern.compile("\\b(looking for|look for|find|search|show me|do you (have|sell"
            + "|carry|stock)|need|want|buy|get me|any|have you got|i'?m after)\\b");
    private static final Pattern SPLIT = Pattern.compile("\\s+(?:vs\\.?|versus|and|or|with|to|against)\\s+|\\s*,\\s*");
    private static final Set<String> STOP_WORDS = Set.copyOf(Arrays.asList((""
            + "a an the this that these those is are was were be been do does did you your yours i me my mine we our "
            + "it its of for to in on at by from with about please can could would will should shall may might "
            + "how much many price prices priced cost costs stock available availability left sold out in store "
            + "what which who where when why there here have has had any some show find search looking look "
            + "want need buy get got sell carry tell know like love recommend recommendation recommendations "
            + "suggest suggestion suggestions gift present popular top rated best idea ideas good nice great cheap "
            + "compare comparison vs versus difference between better and or than one ones thing things item "
            + "items product products hi hello hey thanks thank just also still currently now today right "
            + "add put cart basket into onto some something am after them they he she him her us so if not "
            + "currently units unit much many do us shop aisle new anything only").split(" ")));
    /** A yes-or-no question: with "in stock", it asks about stock rather than asking to filter by it. */
    private static final Pattern YES_NO = Pattern.compile("^(is|are|does|do you (have|sell|carry|stock)|have you got"
            + "|got any|any)\\b");

    private IntentClassifier() {
    }

    /**
     * The message understood, with the constraints it puts on products read with the catalog's categories
     * and brands. The intent is read from the message without the constraint phrases ("in stock" asks to
     * filter, not about stock), except that a yes-or-no question about stock ("is the X in stock?") asks
     * about the stock of X.
     */
    static Understanding understand(String message, List<Category> categories, List<String> brands) {
        String text = message.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        Matcher greeting = GREETING.matcher(text);
        boolean greeted = greeting.find();
        String rest = greeted ? text.substring(greeting.end()).replaceFirst("^(there|aisle|team)\\b[\\s,!.]*", "").strip()
                : text;
        Long orderId = orderNumber(text);
        boolean onlyGreeting = greeted && rest.matches("[\\s!.?]*|(how are you|how's it going)[\\s!.?]*");
        Constraints constraints = ConstraintReader.read(rest, categories, brands);
        SearchFilters filters = constraints.filters();
        Intent intent = intent(constraints.rest(), onlyGreeting);
        boolean stockQuestion = Boolean.TRUE.equals(filters.inStock()) && !filters.narrows()
                && YES_NO.matcher(rest).find() && EnumSet.of(Intent.FIND, Intent.OTHER).contains(intent);
        if (stockQuestion || intent == Intent.PRICE_STOCK && !filters.narrows()) {
            intent = Intent.PRICE_STOCK;
            constraints = new Constraints(filters.withoutStock(), constraints.phrases(), constraints.rest(),
                    constraints.bareBrand());
        } else if (EnumSet.of(Intent.PRICE_STOCK, Intent.OTHER).contains(intent) && !filters.isEmpty()) {
            intent = Intent.FIND;
        }
        List<String> compared = intent == Intent.COMPARE ? comparedPhrases(rest) : List.of();
        return new Understanding(intent, productWords(constraints.rest()), compared, orderId, message, constraints);
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    private static Intent intent(String text, boolean onlyGreeting) {
        if (onlyGreeting) {
            return Intent.GREETING;
        }
        if (POLICY.matcher(text).find() && !ORDER_NUMBER.matcher(text).find()) {
            return Intent.POLICY;
        }
        if (ORDER.matcher(text).find() || ORDER_NUMBER.matcher(text).find() && text.contains("order")) {
            return Intent.ORDER_STATUS;
        }
        if (CART.matcher(text).find() && !ADD.matcher(text).find()) {
            return Intent.CART;
        }
        if (COMPARE.matcher(text).find()) {
            return Intent.COMPARE;
        }
        if (PRICE_STOCK.matcher(text).find()) {
            return Intent.PRICE_STOCK;
        }
        if (RECOMMEND.matcher(text).find()) {
            return Intent.RECOMMEND;
        }
        if (FIND.matcher(text).find() || ADD.matcher(text).find()) {
            return Intent.FIND;
        }
        return Intent.OTHER;
    }

    private static Long orderNumber(String text) {
        Matcher m = ORDER_NUMBER.matcher(text);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    /** The words of a message that can name a product: question and filler words removed. */
    static String productWords(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}'\\-.]+"))
                .map(w -> w.replaceAll("^[-'.]+|[-'.]+$", "").replaceAll("'s$", ""))
                .filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w))
                .collect(Collectors.joining(" "));
    }

    private static List<String> comparedPhrases(String text) {
        String body = text.replaceAll(".*\\b(compare|difference between|which is better:?|better:?)\\b", "");
        List<String> phrases = new ArrayList<>();
        for (String part : SPLIT.split(body)) {
            String words = productWords(part);
            if (!words.isBlank()) {
                phrases.add(words);
            }
        }
        return phrases;
    }
}
