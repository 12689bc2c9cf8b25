window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "jane@example.com",
      "createdVia" : "web",
      "username" : "jdoe",
      "accountId" : "12345",
      "createdAt" : "2010-01-01T00:00:00.000Z",
      "accountDisplayName" : "Jane Doe"
    }
  }
]
