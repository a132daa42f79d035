#include "ingest/html_dom.h"

#include <cctype>

namespace parley::html {

std::string_view Attr(const GumboNode* n, const char* name) {
  if (!IsElement(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string ClassAndId(const GumboNode* n) {
  std::string s(Attr(n, "class"));
  s += ' ';
  s += Attr(n, "id");
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR: case GUMBO_TAG_BR: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_CAPTION: case GUMBO_TAG_BODY:
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

void AppendCollapsed(std::string_view text, std::string* out) {
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

std::string TextOf(const GumboNode* n) {
  std::string out;
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty()) {
    const GumboNode* cur = stack.back();
    stack.pop_back();
    if (cur->type == GUMBO_NODE_TEXT || cur->type == GUMBO_NODE_WHITESPACE ||
        cur->type == GUMBO_NODE_CDATA) {
      AppendCollapsed(cur->v.text.text, &out);
      continue;
    }
    if (cur->type != GUMBO_NODE_ELEMENT && cur->type != GUMBO_NODE_TEMPLATE &&
        cur->type != GUMBO_NODE_DOCUMENT) {
      continue;
    }
    const GumboVector& kids = ChildrenOf(cur);
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out.size() && out[0] == ' ' ? out.substr(1) : out;
}

std::vector<const GumboNode*> ElementsUnder(const GumboNode* root) {
  std::vector<const GumboNode*> out;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* cur = stack.back();
    stack.pop_back();
    if (cur->type == GUMBO_NODE_ELEMENT || cur->type == GUMBO_NODE_TEMPLATE) {
      out.push_back(cur);
    } else if (cur->type != GUMBO_NODE_DOCUMENT) {
      continue;
    }
    const GumboVector& kids = ChildrenOf(cur);
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  return out;
}

}  // namespace parley::html
