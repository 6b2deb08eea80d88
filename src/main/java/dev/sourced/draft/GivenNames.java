package dev.sourced.draft;

import dev.sourced.draft.People.Gender;
import java.util.HashMap;
import java.util.Map;

/**
 * Given names that are nearly always one gender, for "she said" when the text shows no gender
 * itself. Names used for both (Alex, Sam, Jordan, Jean, Andrea, Nicola, Kim, Dana, ...) are left
 * out. Our own list, from common given names in English-language news and, since round 13, names
 * common across Europe, Africa, Asia and Latin America.
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
      + "Yvonne Zoe Barbra Jolanda Kylie Sania "
      + "Adaeze Adriana Agnieszka Agustina Aiko Aileen Aimee Alexandra Alexis Alina Alisha Amara "
      + "Amina Amira Anahita Anastasiya Angelique Anja Anjali Annika Antonella Anya Ariana Astrid "
      + "Ayesha Ayu Bianca Birgit Brianna Brittany Bronwyn Camila Carla Carolina Cassandra Catalina Catarina "
      + "Charlene Cheryl Chiamaka Christa Cindy Consuelo Corinne Dagmar Dalia "
      + "Danielle Daphne Deepika Delia Dewi Dorota Elisa Elise Eliza Elsa Elvira Emilia "
      + "Estelle Eugenia Fernanda Folake Francesca Freya Gabriella Gertrude Giovanna "
      + "Giulia Gunhild Gwen Gwendolyn Hanna Hayley Hege Hilda Ilse Ines Inga "
      + "Ingeborg Irina Isabelle Ivana Jana Janine Jasmine Jeanette Jeanne Jelena Ji-yeon Jill Joanne "
      + "Jocelyn Johanna Josefina Juliana Julianne Justine Kari Karin Karina Katarina Katharina Katja Kavita "
      + "Kayla Keiko Kerstin Kirsten Klara Kristen Kristin Kristina Lakshmi Larissa Leah Leila Lena Leticia "
      + "Liesl Liliana Lillian Lily Ling Liv Lorena Lorraine Lucia Luciana Lucille Luisa "
      + "Magdalena Maja Malala Mallory Manuela Margarita Margot Mariana Marianne Marina Marisa Marisol Marit "
      + "Marta Maya Meera Mei Mei-ling Mia Milena Miriam Molly Monika Nadia Nadine Naomi Natalia "
      + "Nathalie Neha Ngozi Nguyet Nicole Nkechi Nomvula Noor Nora Norma Nurul Odette Paola Patrizia Petra "
      + "Pilar Pooja Priya Ragnhild Rania Renata Renee Rhonda Roberta Rocio Rosalind Rosemary Roxanne "
      + "Sabine Sabrina Sakura Salma Sanna Selma Seo-yeon Serena Sigrid Silvia Simone Siobhan Siti "
      + "Solveig Sonia Sonja Sophia Stella Sunita Susanne Svetlana Tamara Tanya Tatiana Thandiwe Thuy "
      + "Tiffany Ursula Valentina Vera Veronica Viktoria Vivian Wanjiru Wilma Ximena Xiomara Yasmin "
      + "Yolanda Yulia Yumi Zainab Zara Zeynep Zofia Zsofia "
      // short and familiar forms common in US news and missing above, as US political reports showed
      + "Abby Becky Bonnie Carly Connie Debbie Dianne Gail Gayle Ginny Hattie Hillary Joni Kristi Kristy Liz Lynne "
      + "Madeleine Maggie Mandy Marsha Meg Mindy Missy Nellie Nikki Patsy Patty Peggy Rosie Sadie Sally Shelley "
      + "Stacey Stacy Tammy ";
  private static final String MALE =
      "Aaron Adam Adrian Ahmed Alan Albert Alberto Alexander Alfred Ali Andreas Andrew Anthony Antonio "
      + "Arthur Barry Ben Benjamin Bernard Bill Bob Boris Brandon Brian Bruce Carl Carlos Charles "
      + "Christopher Craig Daniel David Dennis Donald Douglas Edward Emmanuel Eric Frank Gary George "
      + "Gerald Gregory Harold Harry Henry Howard Hugh Ian Isaac Ivan Jack Jacob James Jason Jeffrey "
      + "Jeremy Jim Joe John Jonathan Jose Joseph Joshua Juan Justin Keith Kenneth Kevin Larry Lanny "
      + "Lawrence Leonard Louis Luis Luke Marco Mark Martin Matthew Michael Mike Mohammed Muhammad Nathan "
      + "Neil Nicholas Oliver Oscar Patrick Paul Pedro Peter Philip Ralph Raymond Richard Robert Roger "
      + "Ronald Russell Ryan Samuel Scott Sean Sergei Simon Stephen Steve Steven Stuart Thomas Timothy "
      + "Todd Tom Tony Victor Vincent Walter Wayne William Yuri "
      + "Abdul Abdullah Adebayo Adolfo Agus Agustin Ahmad Akira Alejandro Aleksander Aleksandr Alessandro "
      + "Alexei Alfonso Alonso Amir Amit Anders Andre Andrei Andres Angelo Anil Anton Arjun Armando Arne "
      + "Arnold Arturo Augusto Axel Babajide Bartosz Benedict Bernhard Bilal Bjarne Bjorn Bogdan Bruno Budi "
      + "Caleb Calvin Carlo Cesar Christoph Chukwuemeka Clarence Claude Clement Colin Conor "
      + "Cristian Curtis Damian Darius Darren Dawit Declan Derek Desmond Diego Dieter Dimitri Dmitry "
      + "Dominic Duc Duncan Dustin Eduardo Eirik Elias Elijah Emeka Emil Emilio Enrique Erik Erlend "
      + "Ernest Ernesto Espen Esteban Ethan Eugene Evan Fabian Faisal Farid Federico Felipe Felix Fernando "
      + "Filip Francesco Francisco Franz Fred Frederick Friedrich Gabriel Geir Georg Gerard Gerhard Giovanni "
      + "Giuseppe Glenn Gordon Graham Guillermo Gunnar Gustavo Halvor Hamid Hamza Hans Hao Haruki "
      + "Harvey Hassan Hector Heinrich Helmut Herbert Hiroki Hiroshi Horst Hugo Hussein Ibrahim Ignacio Igor "
      + "Imran Isaiah Ismail Jae-in Jakob Jamal Javier Jens Jesus Jian Joachim Joaquin Johan Johannes Joko "
      + "Jomo Jonas Jorge Josef Jostein Juergen Julian Julio Jurgen Karim Karl Kazuo Kenji Kenta Khalid "
      + "Kjell Klaus Knut Kofi Kurt Kwabena Kwame Lars Leif Leon Leonardo Liam Lorenzo Lucas Ludwig Luka "
      + "Lukas Magnus Mahmoud Mahmud Malcolm Manuel Marcel Marcelo Marcin Marcus Mario Marius Mateo Mathias "
      + "Matteo Maurice Mauricio Maxim Mehmet Miguel Mikhail Min-jun Minh Miroslav Mohamed "
      + "Mohammad Moses Mustafa Nabil Nelson Nicolas Niels Nikolai Nikolas Noah Oddvar Ola Olaf Ole "
      + "Oluwaseun Omar Oskar Osman Otto Pablo Pascal Pavel Per Pierre Piotr Rafael Rahul Rajesh Rakesh "
      + "Ramesh Ramon Rashid Raul Reza Ricardo Roberto Rodrigo Rohan Rolf Roman Rudolf Rui Rune "
      + "Sanjay Satoshi Sebastian Sergey Sergio Seung Shinzo Sigmund Sigurd Sipho "
      + "Stanislav Stefan Sunil Suresh Sven Takeshi Tariq Terje Thabo Themba Theo Theodore Thor Tobias "
      + "Tomas Torsten Trevor Trond Tuan Tunde Uhuru Ulrich Umar Uwe Vasily Vidar Vijay Viktor Vladimir "
      + "Volker Werner Wolfgang Xavier Yasser Yousef Yusuf Zbigniew Zoltan "
      // common in British news and missing above, as the BBC reports showed
      + "Alastair Alistair Andy Antony Arsene Bobby Brent Brett Clive Danny Dwayne Elton Gareth Gavin Graeme Greg Ieuan "
      + "Jermain Jimmy Jonny Ken Kenny Kieron Lleyton Nick Nigel Ossie Ozzy Paolo Phil Rafa Rhodri Ricky Rio Robbie Ronnie "
      + "Shane Stevie Tim Tore "
      // short and familiar forms common in US news and missing above, as US political reports showed
      + "Al Alec Archie Barney Benny Bernie Bert Billy Brad Bryan Chuck Clint Cody Corey Curt Dale Dan Darrell Dave "
      + "Davey Dean Denny Dick Don Donnie Doug Duane Dwight Eddie Ernie Floyd Freddie Gabe Geoff Hank Herb Howie Jake "
      + "Jared Jay Jed Jeff Jerry Joey Jon Kirk Lenny Manny Marc Marty Matt Mickey Mitch Monty Ned Randy Ray Reggie "
      + "Rick Rodney Ron Roy Rudy Rupert Russ Sammy Stan Ted Teddy Tommy Trey Vince Wally Walt Wes Zach Zack ";

  private static final Map<String, Gender> NAMES = load();

  /** The gender a first name shows, or UNKNOWN. */
  static Gender of(String first) {
    return NAMES.getOrDefault(first, Gender.UNKNOWN);
  }

  /** Given names used for both genders, none of them a place's or a common noun's: a name opens with one all the same. */
  private static final java.util.Set<String> EITHER = java.util.Set.of("Alex", "Sam", "Jean", "Andrea", "Nicola", "Kim",
      "Dana", "Chris", "Pat", "Jamie", "Robin", "Leslie", "Terry", "Jesse", "Ashley", "Charlie", "Sasha", "Toni", "Jackie",
      "Kerry", "Tracy", "Kelly", "Marion", "Jody", "Lindsay", "Frankie", "Dominique", "Nikita", "Yuki", "Kai", "Ariel");

  /** Whether the word is a given name, of either gender: "Dana Wu", "Alex Berg". */
  static boolean isGiven(String first) {
    return NAMES.containsKey(first) || EITHER.contains(first);
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
