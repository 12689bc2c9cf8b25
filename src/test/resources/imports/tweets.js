window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : { "initial" : { "editTweetIds" : [ "1001" ], "editableUntil" : "2023-01-10T10:00:00.000Z", "editsRemaining" : "5", "isEditEligible" : true } },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "display_text_range" : [ "0", "118" ],
      "favorite_count" : "120",
      "id_str" : "1001",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "1001",
      "created_at" : "Tue Jan 10 09:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Most outages are caused by config changes, not code. Treat config like code: review it, test it &amp; roll it out slowly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "name" : "Some One", "screen_name" : "someone", "indices" : [ "3", "11" ], "id_str" : "42", "id" : "42" } ], "urls" : [ ] },
      "favorite_count" : "0",
      "id_str" : "1002",
      "retweet_count" : "5",
      "id" : "1002",
      "created_at" : "Wed Jan 11 09:00:00 +0000 2023",
      "full_text" : "RT @someone: A queue is a buffer that hides overload until it is too late.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "name" : "Bob", "screen_name" : "bob", "indices" : [ "0", "4" ], "id_str" : "43", "id" : "43" } ], "urls" : [ ] },
      "display_text_range" : [ "5", "80" ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "999",
      "in_reply_to_user_id" : "43",
      "in_reply_to_screen_name" : "bob",
      "id_str" : "1003",
      "retweet_count" : "1",
      "id" : "1003",
      "created_at" : "Thu Jan 12 09:00:00 +0000 2023",
      "full_text" : "@bob Retries without backoff turn a small blip into a long outage.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ { "url" : "https://t.co/abc123", "expanded_url" : "https://example.com/posts/cells", "display_url" : "example.com/posts/cells", "indices" : [ "38", "61" ] } ] },
      "favorite_count" : "15",
      "id_str" : "1004",
      "retweet_count" : "2",
      "id" : "1004",
      "created_at" : "Fri Jan 13 09:00:00 +0000 2023",
      "full_text" : "My new post on cell-based architecture https://t.co/abc123",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ], "media" : [ { "url" : "https://t.co/pic1", "expanded_url" : "https://x.com/jdoe/status/1005/photo/1", "type" : "photo", "indices" : [ "45", "62" ] } ] },
      "extended_entities" : { "media" : [ { "url" : "https://t.co/pic1", "expanded_url" : "https://x.com/jdoe/status/1005/photo/1", "type" : "photo" } ] },
      "favorite_count" : "300",
      "id_str" : "1005",
      "retweet_count" : "44",
      "id" : "1005",
      "created_at" : "Sat Jan 14 09:00:00 +0000 2023",
      "full_text" : "Simplicity is a feature you have to defend. https://t.co/pic1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "favorite_count" : "3",
      "id_str" : "1006",
      "retweet_count" : "0",
      "id" : "1006",
      "created_at" : "Sun Jan 15 09:00:00 +0000 2023",
      "full_text" : "Spent the weekend fixing the fence with my kids.",
      "lang" : "en"
    }
  }
]
