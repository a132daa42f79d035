#include "recognize/place_finder.h"

#include <gtest/gtest.h>

#include <chrono>

#include "analyze/tokenizer.h"
#include "test_util.h"

namespace parley {
namespace {

// A few places as GeoNames describes them (kind iso2 adm1 id lat lon population name
// variants alternates [cameo fips]).
constexpr const char* kFixture =
    "# test gazetteer\n"
    "C\tFR\t\t3017382\t46.8\t2.5\t66987244\tFrance\t\t\tFRA\tFR\n"
    "C\tUS\t\t6252001\t39.8\t-98.5\t327167434\tUnited States\tUS|America\t\tUSA\tUS\n"
    "C\tGE\t\t614540\t42.1\t43.0\t3704500\tGeorgia\t\t\tGEO\tGG\n"
    "C\tML\t\t2453866\t17.5\t-2.0\t19077690\tMali\t\t\tMLI\tML\n"
    "C\tRU\t\t2017370\t55.8\t37.6\t144478050\tRussia\t\t\tRUS\tRS\n"
    "C\tPK\t\t1168579\t30.2\t69.8\t212215030\tPakistan\t\t\tPAK\tPK\n"
    "C\tBD\t\t1210997\t23.7\t90.3\t161356039\tBangladesh\t\t\tBGD\tBG\n"
    "A\tFR\t11\t3012874\t48.85\t2.35\t2500000\tIle-de-France\tÎle-de-France\t\n"
    "A\tUS\tTX\t4736286\t31.5\t-97.1\t20000000\tTexas\t\t\n"
    "A\tUS\tGA\t4197000\t33.4\t-84.1\t3456593\tGeorgia\t\t\n"
    "A\tML\t09\t2457161\t16.27\t-0.04\t175481\tGao\t\t\n"
    "P\tFR\t11\t2988507\t48.85341\t2.3488\t2138551\tParis\t\t\n"
    "P\tUS\tTX\t4717560\t33.66094\t-95.55551\t24782\tParis\t\t\n"
    "P\tML\t09\t2457163\t16.27167\t-0.04472\t133110\tGao\t\t\n"
    "P\tRU\t66\t498817\t59.93863\t30.31413\t5351935\tSaint Petersburg\tSt. Petersburg\t\n"
    "P\tUS\tDC\t4140963\t38.89511\t-77.03637\t689545\tWashington\t\t\n"
    "P\tPK\t08\t1176615\t33.72148\t73.04329\t601600\tIslamabad\t\t\n"
    "P\tBD\t84\t1205733\t22.3384\t91.83168\t3920222\tChattogram\tChittagong\tIslamabad\n";

class PlaceFinderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = testing::TempDir() + "/places.tsv";
    testing::WriteFile(path, kFixture);
    ASSERT_TRUE(gazetteer_.Load(path).ok());
    ASSERT_TRUE(gazetteer_.problems().empty()) << gazetteer_.problems()[0];
  }

  // "name@place-full-name" for each place in `text`, "*" marking locative ones; countries
  // are CAMEO codes the article is about.
  std::string Places(const std::string& text, std::vector<std::string> cameo = {}) {
    Article a;
    a.body = text;
    Doc doc;
    Analyze(a, &doc);
    std::vector<uint16_t> countries;
    for (const auto& c : cameo) countries.push_back(gazetteer_.CountryByCameo(c));
    PlaceFinder finder(&gazetteer_);
    std::vector<PlaceMention> found;
    finder.Find(doc.tokens.data(), doc.tokens.size(), &found);
    std::string out;
    for (const PlaceMention& m : found) {
      if (!out.empty()) out += " | ";
      out += std::string(text.substr(doc.tokens[m.first].start,
                                     doc.tokens[m.end - 1].end - doc.tokens[m.first].start));
      out += m.locative ? "*@" : "@";
      const int entry = finder.Resolve(m, countries);
      out += entry < 0 ? "?" : gazetteer_.ToPlace(entry).name;
    }
    return out;
  }

  Place ById(int64_t feature_id) const {
    for (uint32_t i = 0; i < gazetteer_.size(); ++i) {
      if (gazetteer_.entry(i).feature_id == feature_id) return gazetteer_.ToPlace(i);
    }
    return Place();
  }

  Gazetteer gazetteer_;
};

TEST_F(PlaceFinderTest, FindsAndResolvesPlaces) {
  struct Case { const char* text; std::vector<std::string> countries; const char* places; };
  const Case cases[] = {
      {"Talks were held in Paris.", {}, "Paris*@Paris, Ile-de-France, France"},
      // An American story: Paris, France is still the better guess for a bare "Paris".
      {"Police met in Paris.", {"USA"}, "Paris*@Paris, Ile-de-France, France"},
      {"A fair in Paris, Texas, opened.", {}, "Paris*@Paris, Texas, United States"},
      {"Troops arrived in Georgia.", {}, "Georgia*@Georgia"},
      {"Troops arrived in Georgia.", {"USA"}, "Georgia*@Georgia, United States"},
      {"Troops arrived in Georgia.", {"GEO", "RUS"}, "Georgia*@Georgia"},
      {"Gunmen attacked a convoy near Gao.", {}, "Gao*@Gao, Gao, Mali"},
      {"Fighting in the northern city of Gao.", {"MLI"}, "Gao*@Gao, Gao, Mali"},
      {"The summit in Saint Petersburg ended.", {}, "Saint Petersburg*@Saint Petersburg, Russia"},
      {"They met in St. Petersburg.", {}, "St. Petersburg*@Saint Petersburg, Russia"},
      {"Paris said it would help Mali.", {}, "Paris@Paris, Ile-de-France, France | Mali@Mali"},
      // A name of its own beats an alternate name of a bigger city.
      {"Talks in Islamabad.", {}, "Islamabad*@Islamabad, Pakistan"},
      // Part of a longer name: not a place.
      {"He told the Washington Post in Paris.", {}, "Paris*@Paris, Ile-de-France, France"},
      // Lower-case words never match capitalised names.
      {"a georgia peach in paris", {}, ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Places(c.text, c.countries), c.places) << c.text;
}

TEST_F(PlaceFinderTest, ToPlaceFillsGdeltFields) {
  const Place city = ById(4717560);  // Paris, Texas
  EXPECT_EQ(city.type, Place::Type::kUsCity);
  EXPECT_EQ(city.country, "USA");
  EXPECT_EQ(city.fips, "US");
  EXPECT_EQ(city.adm1, "USTX");
  EXPECT_EQ(city.feature_id, 4717560);
  EXPECT_TRUE(city.has_coordinates);
  EXPECT_DOUBLE_EQ(city.lat, 33.66094);
  EXPECT_EQ(ById(614540).type, Place::Type::kCountry);
  EXPECT_EQ(ById(614540).adm1, "GG");
  EXPECT_EQ(ById(2457161).type, Place::Type::kWorldState);
  EXPECT_EQ(ById(2457161).adm1, "ML09");
  EXPECT_EQ(ById(2457163).type, Place::Type::kWorldCity);
}

TEST_F(PlaceFinderTest, DatelinesNameTheirFirstPlace) {
  PlaceFinder finder(&gazetteer_);
  Doc scratch;
  const auto name = [&](const char* dateline) {
    const int e = finder.ResolveDateline(dateline, {}, &scratch);
    return e < 0 ? std::string("?") : gazetteer_.ToPlace(e).name;
  };
  EXPECT_EQ(name("PARIS"), "Paris, Ile-de-France, France");
  EXPECT_EQ(name("PARIS, Texas"), "Paris, Texas, United States");
  EXPECT_EQ(name("SAINT PETERSBURG"), "Saint Petersburg, Russia");
  EXPECT_EQ(name("GAO-Bamako"), "Gao, Gao, Mali");
  EXPECT_EQ(name("NOWHERE"), "?");
}

TEST(Gazetteer, ReportsMalformedLines) {
  const std::string path = testing::TempDir() + "/bad.tsv";
  testing::WriteFile(path,
                     "C\tFR\t\t1\t46.8\t2.5\t1\tFrance\t\t\tFRA\tFR\n"
                     "P\tFR\t11\tx\t48.8\t2.3\t1\tParis\t\t\n"       // bad id
                     "P\tFR\t11\t2\t948.8\t2.3\t1\tParis\t\t\n"      // bad latitude
                     "P\tZZ\t11\t3\t48.8\t2.3\t1\tParis\t\t\n"       // unknown country
                     "C\tDE\t\t4\t51\t10\t1\tGermany\t\t\n"          // no CAMEO code
                     "P\tFR\t\t5\t\t\t\tLyon\t\t\n");                // no coordinates: fine
  Gazetteer g;
  ASSERT_TRUE(g.Load(path).ok());
  EXPECT_EQ(g.problems().size(), 4u);
  EXPECT_EQ(g.size(), 2u);
  EXPECT_FALSE(g.ToPlace(1).has_coordinates);
  EXPECT_FALSE(g.Load(path + ".missing").ok());
}

// The shipped gazetteer: it loads cleanly, fast, and knows the places news names.
TEST(Gazetteer, ShippedDataLoads) {
  Gazetteer g;
  const auto t0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(g.Load(std::string(PARLEY_TEST_DATA_DIR) + "/geo/places.tsv").ok());
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - t0).count();
  EXPECT_TRUE(g.problems().empty()) << g.problems()[0];
  EXPECT_GT(g.size(), 30000u);
  std::printf("gazetteer: %zu places, %zu names, loaded in %lld ms\n", g.size(),
              g.names().size(), static_cast<long long>(ms));
  PlaceFinder finder(&g);
  Doc doc;
  Article a;
  a.body = "Gunmen attacked a convoy near Gao.";
  Analyze(a, &doc);
  std::vector<PlaceMention> found;
  finder.Find(doc.tokens.data(), doc.tokens.size(), &found);
  ASSERT_EQ(found.size(), 1u);
  const Place gao = g.ToPlace(finder.Resolve(found[0], {}));
  EXPECT_EQ(gao.country, "MLI");
  EXPECT_EQ(gao.type, Place::Type::kWorldCity);
  EXPECT_EQ(gao.feature_id, 2457163);
}

}  // namespace
}  // namespace parley
