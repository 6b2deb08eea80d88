package dev.sourced.draft;

import dev.sourced.draft.People.Gender;
import java.util.HashMap;
import java.util.Map;

/**
 * Given names that are nearly always one gender, for "she said" when the text shows no gender
 * itself. Names used for both (Alex, Sam, Jordan, Jean, Andrea, Nicola, Kim, Dana, ...) are left
 * out. Our own list, from common given names in English-language news.
 */
final class GivenNames {
  private GivenNames() {}

  private static final String FEMALE =
      "Abigail Ada Adele Agnes Aisha Alice Alicia Alison Amanda Amelia Amy Ana Anastasia Angela "
      + "Angelina Anita Ann Anna Anne Annette Annie Antonia Barbara Beatrice Beatriz Beth Betty Beverly "
      + "Brenda Bridget Brigitte Caroline Carmen Carol Carolyn Catherine Cathy Cecilia Celia Charlotte "
      + "Chloe Christina Christine Claire Clara Claudia Colleen Cynthia Daisy Daniela Deborah Debra "
      + "Denise Diana Diane Donna Doris Dorothy Edith Elaine Eleanor Elena Elisabeth Elizabeth Ella Ellen "
      + "Emily Emma Erica Erin Esther Eva Eve Evelyn Fatima Fiona Florence Frances Gabriela Gabrielle "
      + "Gemma Georgia Gillian Gloria Grace Hannah Harriet Heather Heidi Helen Helena Ingrid Irene Isabel "
      + "Isabella Jacqueline Jane Janet Janice Jennifer Jenny Jessica Joan Joanna Josephine Joyce Judith "
      + "Judy Julia Julie Karen Katherine Kathleen Kathryn Kathy Kate Katie Laura Lauren Linda Lisa "
      + "Loretta Louise Lucy Lydia Margaret Maria Marie Marilyn Martha Mary Megan Melanie Melissa "
      + "Michelle Monica Nancy Natalie Natasha Nina Olga Olivia Pamela Patricia Paula Pauline Rachel "
      + "Rebecca Rita Rosa Rose Ruth Samantha Sandra Sara Sarah Sharon Sheila Shirley Sofia Sophie "
      + "Stephanie Susan Suzanne Sylvia Teresa Theresa Tina Valerie Vanessa Victoria Virginia Wendy "
      + "Yvonne Zoe ";
  private static final String MALE =
      "Aaron Adam Adrian Ahmed Alan Albert Alberto Alexander Alfred Ali Andreas Andrew Anthony Antonio "
      + "Arthur Barry Ben Benjamin Bernard Bill Bob Boris Brandon Brian Bruce Carl Carlos Charles "
      + "Christopher Craig Daniel David Dennis Donald Douglas Edward Emmanuel Eric Frank Gary George "
      + "Gerald Gregory Harold Harry Henry Howard Hugh Ian Isaac Ivan Jack Jacob James Jason Jeffrey "
      + "Jeremy Jim Joe John Jonathan Jose Joseph Joshua Juan Justin Keith Kenneth Kevin Larry Lanny "
      + "Lawrence Leonard Louis Luis Luke Marco Mark Martin Matthew Michael Mike Mohammed Muhammad Nathan "
      + "Neil Nicholas Oliver Oscar Patrick Paul Pedro Peter Philip Ralph Raymond Richard Robert Roger "
      + "Ronald Russell Ryan Samuel Scott Sean Sergei Simon Stephen Steve Steven Stuart Thomas Timothy "
      + "Todd Tom Tony Victor Vincent Walter Wayne William Yuri ";

  private static final Map<String, Gender> NAMES = load();

  /** The gender a first name shows, or UNKNOWN. */
  static Gender of(String first) {
    return NAMES.getOrDefault(first, Gender.UNKNOWN);
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> out = new HashMap<>();
    for (String n : FEMALE.strip().split(" ")) {
      out.put(n, Gender.FEMALE);
    }
    for (String n : MALE.strip().split(" ")) {
      out.put(n, Gender.MALE);
    }
    return Map.copyOf(out);
  }
}
