#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "output/text_escape.h"
#include "parley/output.h"

namespace parley {
namespace {

Event SampleEvent(const Article& a) {
  Event e;
  e.article_id = a.id;
  e.date = Date::Parse("2020-09-27");
  e.source = {"RUSGOV", "Vladimir Putin", "Putin", 0, 5};
  e.target = {"ARM", "Armenia", "Armenia", 14, 21};
  e.cameo = "0256";
  e.goldstein = -0.3;
  e.quad_class = QuadClass::kVerbalCooperation;
  e.text = a.body;
  e.verb_start = 6;
  e.verb_end = 13;
  return e;
}

Place SamplePlace() {
  Place p;
  p.type = Place::Type::kWorldCity;
  p.name = "Saint Petersburg, Saint Petersburg, Russia";
  p.country = "RUS";
  p.fips = "RS";
  p.adm1 = "RS66";
  p.lat = 59.93863;
  p.lon = 30.31413;
  p.has_coordinates = true;
  p.feature_id = 498817;
  p.text = "Saint Petersburg";
  p.start = 13;
  p.end = 20;
  return p;
}

std::string Render(const char* format, const Place& place = Place()) {
  Article a;
  a.id = "x1";
  a.body = "Putin urged \"Armenia\"\tto stop.";
  char* buf = nullptr;
  size_t len = 0;
  std::FILE* f = open_memstream(&buf, &len);
  auto w = EventWriter::Create(format, f, [](std::string_view) { return "Appeal"; });
  EXPECT_TRUE(w.ok());
  Event e = SampleEvent(a);
  e.place = place;
  w.value()->Write(a, {e, e});
  EXPECT_TRUE(w.value()->Finish().ok());
  std::fclose(f);
  std::string out(buf, len);
  free(buf);
  return out;
}

size_t Count(const std::string& s, char c) { return std::count(s.begin(), s.end(), c); }

TEST(Writers, JsonlHasStableFields) {
  const std::string out = Render("jsonl");
  EXPECT_EQ(Count(out, '\n'), 2u);
  for (const char* field : {"\"article_id\":\"x1\"", "\"sentence\":0", "\"date\":\"2020-09-27\"",
                            "\"source\":{\"code\":\"RUSGOV\"", "\"start\":14", "\"cameo\":\"0256\"",
                            "\"goldstein\":-0.3", "\"quad_class\":1", "\"plover\":\"\"",
                            "\"text\":\"Putin urged \\\"Armenia\\\"\\tto stop.\""}) {
    EXPECT_NE(out.find(field), std::string::npos) << field << "\n" << out;
  }
}

TEST(Writers, GdeltRowsHave61Columns) {
  const std::string out = Render("gdelt");
  const std::string first = out.substr(0, out.find('\n'));
  EXPECT_EQ(Count(first, '\t'), 60u) << first;
  EXPECT_NE(first.find("\tRUSGOV\tVLADIMIR PUTIN\tRUS\t\t\t\t\tGOV\t"), std::string::npos);
  EXPECT_NE(first.find("\t0256\t025\t02\t1\t-0.3\t1\t1\t1\t"), std::string::npos);
}

TEST(Writers, JsonlPlaceIsAnObjectOrNull) {
  EXPECT_NE(Render("jsonl").find("\"place\":null,"), std::string::npos);
  const std::string out = Render("jsonl", SamplePlace());
  EXPECT_NE(out.find("\"place\":{\"name\":\"Saint Petersburg, Saint Petersburg, Russia\","
                     "\"type\":4,\"country\":\"RUS\",\"fips\":\"RS\",\"adm1\":\"RS66\","
                     "\"lat\":59.93863,\"lon\":30.31413,\"geonames_id\":498817,"
                     "\"text\":\"Saint Petersburg\",\"from\":\"sentence\",\"start\":13,"
                     "\"end\":20},"),
            std::string::npos) << out;
}

TEST(Writers, GdeltActionGeoColumns) {
  const std::string out = Render("gdelt", SamplePlace());
  const std::string first = out.substr(0, out.find('\n'));
  std::vector<std::string> cols(1);
  for (char c : first) {
    if (c == '\t') cols.emplace_back();
    else cols.back() += c;
  }
  ASSERT_EQ(cols.size(), 61u) << first;
  for (int i = 35; i < 51; ++i) EXPECT_EQ(cols[i], "") << i;  // Actor1Geo, Actor2Geo
  const char* action[] = {"4", "Saint Petersburg, Saint Petersburg, Russia", "RS", "RS66", "",
                          "59.9386", "30.3141", "498817"};
  for (int i = 0; i < 8; ++i) EXPECT_EQ(cols[51 + i], action[i]) << "ActionGeo column " << i;
  EXPECT_EQ(cols[60], "x1");  // SOURCEURL
}

TEST(Writers, TsvAndCsvHaveHeaderAndEscaping) {
  const std::string tsv = Render("tsv");
  EXPECT_EQ(tsv.rfind("article_id\tsentence\tdate", 0), 0u);
  EXPECT_EQ(Count(tsv, '\n'), 3u);
  const std::string csv = Render("csv");
  EXPECT_NE(csv.find(",\"Putin urged \"\"Armenia\"\"\tto stop.\"\n"), std::string::npos) << csv;
}

TEST(Writers, TableAlignsColumns) {
  const std::string out = Render("table");
  EXPECT_EQ(out.rfind("DATE", 0), 0u);
  EXPECT_NE(out.find("2020-09-27  RUSGOV            0256 Appeal"), std::string::npos) << out;
}

TEST(Writers, UnknownFormatIsAnError) {
  EXPECT_FALSE(EventWriter::Create("xml", stdout, nullptr).ok());
}

}  // namespace
}  // namespace parley
