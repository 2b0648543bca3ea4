/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // Nastavnik: the header and the page title read «Наставник Добро пожаловать» instead of «Camunda Welcome».
  app: {
    name: 'Добро пожаловать',
    vendor: 'Наставник'
  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Nastavnik: Russian is the default language of the Welcome page, as in Tasklist.
  // The Welcome page takes the first browser language (navigator.languages[0], e.g. "en-US" -> "en")
  // and uses it only if it is listed in availableLocales; otherwise it uses fallbackLocale.
  // "en" is therefore deliberately NOT available: English browsers must get Russian, too.
  // "de" stays available (a German browser gets the shipped German locale).
  locales: {
    availableLocales: ['ru', 'de'],
    fallbackLocale: 'ru'
  },
  // Nastavnik: the school's own pages, next to Tasklist, Cockpit and Admin.
  links: [
    {
      label: 'Банки наставников и наставляемых',
      href: '/registry',
      description: 'Загрузка из Excel (CSV, XLSX), нагрузка наставников'
    },
    {
      label: 'Наставнические пары',
      href: '/pairs',
      description: 'Состояние каждой пары, встречи, обратная связь; отсутствие и досрочное прекращение'
    },
    {
      label: 'Приказы',
      href: '/orders',
      description: 'Все приказы программы наставничества с документами'
    },
    {
      label: 'Итоговые отчёты',
      href: '/reports',
      description: 'Показатели программы и итоговый отчёт за год'
    }
  ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
