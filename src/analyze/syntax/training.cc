#include "analyze/syntax/training.h"

#include <cstdlib>
#include <filesystem>

#include "analyze/syntax/lemmatizer.h"
#include "analyze/syntax/tagger_trainer.h"
#include "analyze/syntax/word_clusters.h"
#include "analyze/syntax/word_signatures.h"

namespace parley::syntax {

namespace {

constexpr int kJackknifeFolds = 5;
constexpr int kJackknifeEpochs = 6;
// Averaged weights below this are dropped from the shipped parser (size vs. accuracy).
constexpr float kParserMinWeight = 0.02f;
// At most this many parser features (the strongest): with the table's load factor of
// at most 0.75 this keeps the slot table at 2^20 entries (8 MB).
constexpr size_t kParserMaxFeatures = 780000;
// And fewer if the saved tables would exceed this (all model files must stay < 40 MB).
constexpr size_t kParserMaxBytes = 26'500'000;

Status MakeDir(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  return ec ? Status::IOError("cannot create " + dir + ": " + ec.message()) : Status::Ok();
}

// Experiments only: PARLEY_JACKKNIFE_CACHE names a file that holds the jackknifed training
// tags (written if missing, read otherwise), so parser experiments skip the 5 taggers.
// The cache must come from the same treebank, tagger options and seed.
bool ReadTagCache(const std::string& path, size_t sentences, TagSets* tags) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return false;
  BinaryReader r(bytes.value());
  TagSets out(sentences);
  for (auto& t : out) {
    if (!r.GetVector(&t).ok()) return false;
  }
  if (!r.done()) return false;
  *tags = std::move(out);
  return true;
}

void WriteTagCache(const std::string& path, const TagSets& tags) {
  BinaryWriter w;
  for (const auto& t : tags) w.PutVector(t);
  (void)WriteWholeFile(path, w.bytes());
}

}  // namespace

TagSets PredictTags(const Tagger& tagger, const std::vector<TreebankSentence>& sentences) {
  TagSets out;
  TaggerWorkspace ws;
  std::vector<std::string_view> forms;
  std::vector<Upos> tags;
  for (const TreebankSentence& s : sentences) {
    forms.clear();
    for (const TreebankWord& w : s.words) forms.push_back(w.form);
    tagger.Prepare(forms, &ws);
    tags.resize(forms.size());
    tagger.Tag(&ws, tags.data());
    out.emplace_back(tags.size());
    for (size_t i = 0; i < tags.size(); ++i) out.back()[i] = static_cast<uint8_t>(tags[i]);
  }
  return out;
}

TagSets JackknifeTags(const std::vector<TreebankSentence>& train,
                      const std::vector<TreebankSentence>& dev, const TrainOptions& options,
                      const WordTable& signatures, const WordTable& clusters, int folds) {
  TagSets tags(train.size());
  TrainOptions fold_options = options;
  fold_options.max_epochs = kJackknifeEpochs;
  fold_options.log = nullptr;
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<TreebankSentence> rest, held;
    std::vector<size_t> held_index;
    for (size_t i = 0; i < train.size(); ++i) {
      if (static_cast<int>(i % folds) == fold) {
        held.push_back(train[i]);
        held_index.push_back(i);
      } else {
        rest.push_back(train[i]);
      }
    }
    TagSets predicted = PredictTags(TrainTagger(rest, dev, fold_options, signatures, clusters),
                                     held);
    for (size_t k = 0; k < held.size(); ++k) tags[held_index[k]] = std::move(predicted[k]);
    if (options.log) *options.log << "jackknife fold " << fold + 1 << "/" << folds << " done\n";
  }
  return tags;
}

Status TrainClusterModel(const std::vector<std::string>& corpus,
                         const std::vector<TreebankSentence>& treebank,
                         const ClusterOptions& options, const std::string& out_dir) {
  if (Status st = MakeDir(out_dir); !st.ok()) return st;
  ClusterBuilder builder;
  if (Status st = AddCorpusFiles(corpus, &builder); !st.ok()) return st;
  std::vector<std::string_view> forms;
  for (const TreebankSentence& s : treebank) {
    forms.clear();
    for (const TreebankWord& w : s.words) forms.push_back(w.form);
    builder.AddSentence(forms);
  }
  return SaveWordClusters(builder.Build(options), out_dir + "/clusters.bin");
}

Status TrainTaggerModels(const std::vector<TreebankSentence>& train,
                         const std::vector<TreebankSentence>& dev, const TrainOptions& options,
                         const std::string& out_dir) {
  if (Status st = MakeDir(out_dir); !st.ok()) return st;
  WordTable signatures;
  if (!options.corpus.empty()) {
    Result<WordTable> built = BuildWordSignatures(options.corpus);
    if (!built.ok()) return built.status();
    signatures = std::move(built.value());
    if (options.log) *options.log << "word signatures: " << signatures.size() << " words\n";
  }
  WordTable clusters;
  if (std::filesystem::exists(out_dir + "/clusters.bin")) {
    Result<WordTable> loaded = LoadWordClusters(out_dir + "/clusters.bin");
    if (!loaded.ok()) return loaded.status();
    clusters = std::move(loaded.value());
    if (options.log) *options.log << "word clusters: " << clusters.size() << " words\n";
  }
  Tagger tagger = TrainTagger(train, dev, options, signatures, clusters);
  if (Status st = tagger.Save(out_dir + "/tagger.bin"); !st.ok()) return st;
  return Lemmatizer::Train(train).Save(out_dir + "/lemmatizer.bin");
}

Status TrainParserModel(const std::vector<TreebankSentence>& train,
                        const std::vector<TreebankSentence>& dev, const TrainOptions& options,
                        bool gold_tags, int beam, const std::string& out_dir) {
  if (Status st = MakeDir(out_dir); !st.ok()) return st;
  TagSets dev_tags = GoldTags(dev), train_tags = GoldTags(train);
  Tagger tagger;
  if (!gold_tags) {
    if (Status st = tagger.Load(out_dir + "/tagger.bin"); !st.ok()) {
      return Status::NotFound(out_dir + "/tagger.bin is needed to tag the parser's input (" +
                              st.message() + "); train the tagger first or use --gold-tags");
    }
    dev_tags = PredictTags(tagger, dev);
    const char* cache = std::getenv("PARLEY_JACKKNIFE_CACHE");
    if (cache == nullptr || !ReadTagCache(cache, train.size(), &train_tags)) {
      train_tags = JackknifeTags(train, dev, options, tagger.signatures(), tagger.clusters(),
                                 kJackknifeFolds);
      if (cache != nullptr) WriteTagCache(cache, train_tags);
    }
  }
  ParserTrainOptions parser_options;
  parser_options.common = options;
  parser_options.beam = beam;
  parser_options.tables = {tagger.signatures(), tagger.lexicon(), tagger.clusters()};
  parser_options.min_weight = kParserMinWeight;
  parser_options.max_features = kParserMaxFeatures;
  parser_options.max_bytes = kParserMaxBytes;
  Parser parser = TrainParser(train, train_tags, dev, dev_tags, parser_options);
  if (tagger.clusters().size() > 0 && !parser.UsesClusters()) {
    return Status::Unsupported("the parser lost its word-cluster marker feature in pruning");
  }
  return parser.Save(out_dir + "/parser.bin");
}

}  // namespace parley::syntax
